package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.platform.media.MediaException;
import org.gongxue.platform.media.MediaInfo;
import org.gongxue.platform.media.VideoProcessor;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.platform.upload.DetectedType;

/**
 * Videos: their length, a poster frame, and a copy browsers play at once (H.264/AAC MP4 with its
 * index first) unless the upload is one already. ffmpeg needs a file it can seek in, so the
 * original is copied to a temporary folder for the time of the work. Without ffmpeg the video
 * is ready as uploaded, and says what it lacks.
 */
@ApplicationScoped
public class VideoMedia {

    private static final Logger LOG = Logger.getLogger(VideoMedia.class.getName());

    @Inject
    VideoProcessor videos;

    @Inject
    ContentStore store;

    @Inject
    DerivedObjects derived;

    ProcessedMaterial process(MaterialWork work, DetectedType type)
            throws UnprocessableMaterialException, ServiceDownException {
        if (!videos.tools().available()) {
            return ProcessedMaterial.asUploaded(type.mediaType(), ProcessingNote.NO_MEDIA_TOOLS);
        }
        Path folder = temporaryFolder();
        try {
            Path original = download(work, folder.resolve("original"));
            MediaInfo info = videos.probe(original);
            Path poster = folder.resolve("poster.jpg");
            videos.poster(original, poster);
            String posterKey = derived.put(work.objectKey(), MaterialObjects.Derived.POSTER, poster);
            String renditionKey = null;
            if (!info.webReady()) {
                Path webReady = folder.resolve("web.mp4");
                videos.makeWebReady(original, webReady);
                renditionKey = derived.put(work.objectKey(), MaterialObjects.Derived.RENDITION, webReady);
            }
            Integer seconds = info.duration().map(duration -> (int) Math.round(duration.toMillis() / 1000.0))
                    .orElse(null);
            return new ProcessedMaterial(type.mediaType(), null, null, posterKey, renditionKey, seconds, null, null);
        } catch (MediaException e) {
            return failure(work, type, e);
        } finally {
            deleteQuietly(folder);
        }
    }

    /** What a media failure means: the tools gone is the server's matter, a video they cannot read the uploader's. */
    private static ProcessedMaterial failure(MaterialWork work, DetectedType type, MediaException e)
            throws UnprocessableMaterialException {
        return switch (e.reason()) {
            case TOOLS_MISSING -> ProcessedMaterial.asUploaded(type.mediaType(), ProcessingNote.NO_MEDIA_TOOLS);
            case UNREADABLE, NO_VIDEO, TIMED_OUT -> throw new UnprocessableMaterialException(
                    ProcessingProblem.UNREADABLE_VIDEO, "'" + work.originalName() + "': " + e.getMessage(), e);
            // Disk full, a crash midway: worth another attempt.
            case FAILED -> throw new IllegalStateException("Processing video " + work.materialId() + " failed: "
                    + e.getMessage() + " " + e.toolOutput(), e);
        };
    }

    private Path download(MaterialWork work, Path target) throws ServiceDownException {
        SourceStream source;
        try {
            source = new SourceStream(store.get(work.objectKey()));
        } catch (ContentStoreException e) {
            Unreachable.throwIfObjectStoreDown(e);
            throw e;
        }
        try (source) {
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            if (source.failure() != null) {
                throw new ServiceDownException(Unreachable.OBJECT_STORE, source.failure());
            }
            throw new UncheckedIOException("cannot write " + target + " (disk full?)", e);
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("gongxue-video-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for video processing", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove " + folder + ": " + e.getMessage());
        }
    }
}
