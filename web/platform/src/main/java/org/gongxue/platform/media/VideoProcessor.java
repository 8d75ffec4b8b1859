package org.gongxue.platform.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.platform.media.MediaException.Reason;

/**
 * Reads and makes videos with ffmpeg: a file's duration and streams, a poster frame, a web-ready
 * MP4, and short generated lecture clips for demo content. It knows nothing of courses: callers
 * hand it files of their own (temporary copies of stored objects) and store what it writes.
 *
 * <p>Every method fails with a {@link MediaException} whose message a teacher can act on; when
 * ffmpeg is missing that is {@link Reason#TOOLS_MISSING}, at the call and never at start-up.
 * A failed call leaves no output file behind. Thread-safe: each call runs its own process.
 */
public final class VideoProcessor implements AutoCloseable {

    static final Duration MAX_CLIP_LENGTH = Duration.ofHours(1);
    private static final String EXPORT_AGAIN = "Export the video again, preferably as MP4 (H.264/AAC), and upload that.";
    private static final Logger LOG = Logger.getLogger(VideoProcessor.class.getName());

    private final MediaSettings settings;
    private final ToolRunner runner;
    private final MediaTools tools;

    private VideoProcessor(MediaSettings settings, ToolRunner runner, MediaTools tools) {
        this.settings = settings;
        this.runner = runner;
        this.tools = tools;
    }

    /** Finds and checks the tools once (see {@link MediaTools}); never fails for missing tools. */
    public static VideoProcessor start(MediaSettings settings) {
        Objects.requireNonNull(settings, "settings");
        ToolRunner runner = new ToolRunner();
        return new VideoProcessor(settings, runner, MediaTools.detect(settings, runner));
    }

    /** What was found at start: whether videos can be processed, and if not why. */
    public MediaTools tools() {
        return tools;
    }

    /**
     * Reads the file's container and streams.
     *
     * @return a description with a video stream
     * @throws MediaException {@link Reason#UNREADABLE} when ffprobe cannot read it or it is not a
     *                        video container; {@link Reason#NO_VIDEO} when it has no picture
     */
    public MediaInfo probe(Path file) throws MediaException {
        requireFile(file);
        FfmpegCommands commands = tools.commands(settings);
        ToolResult result = run(commands.probe(file), settings.probeTimeout(), null);
        if (result.timedOut()) {
            throw new MediaException(Reason.TIMED_OUT, "Reading the video took longer than "
                    + describe(settings.probeTimeout()) + " and was stopped; the file is probably damaged. "
                    + EXPORT_AGAIN, result.stderrTail());
        }
        if (!result.succeeded()) {
            throw new MediaException(Reason.UNREADABLE, "The file is not a video ffmpeg can read ("
                    + result.lastLineWithout(file) + "). " + EXPORT_AGAIN, result.stderrTail());
        }
        MediaInfo info;
        try {
            info = FfprobeReport.parse(result.stdout(), Mp4Layout.indexBeforeMedia(file));
        } catch (IllegalArgumentException e) {
            throw new MediaException(Reason.UNREADABLE, "The file is not a video ffmpeg can read ("
                    + e.getMessage() + "). " + EXPORT_AGAIN, result.stderrTail());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (info.video().isEmpty()) {
            throw new MediaException(Reason.NO_VIDEO, "The file has no picture ("
                    + (info.audio().isPresent() ? "sound only" : "no video stream") + "); upload a video.");
        }
        if (!MediaInfo.VIDEO_DEMUXERS.contains(info.demuxer())) {
            throw new MediaException(Reason.UNREADABLE, "The file is not a video (ffmpeg reads it as '"
                    + info.container() + "'). " + EXPORT_AGAIN);
        }
        return info;
    }

    /**
     * Writes one frame of the video as a JPEG at most {@link MediaSettings#posterWidth()} wide:
     * the frame at {@link MediaSettings#posterSecond()}, or a third into a shorter video.
     */
    public void poster(Path video, Path jpeg) throws MediaException {
        MediaInfo info = probe(video);
        FfmpegCommands commands = tools.commands(settings);
        Duration at = commands.posterTime(info);
        ToolResult result = run(commands.poster(video, info, at, jpeg), settings.probeTimeout(), jpeg);
        if (result.succeeded() && isEmpty(jpeg) && !at.isZero()) {
            // A container that overstates its length leaves nothing at the chosen second.
            result = run(commands.poster(video, info, Duration.ZERO, jpeg), settings.probeTimeout(), jpeg);
        }
        if (!result.succeeded() || isEmpty(jpeg)) {
            delete(jpeg);
            throw failure(result, "take a poster frame from the video", settings.probeTimeout(), video, jpeg);
        }
    }

    /**
     * Writes a copy browsers play at once: MP4 with H.264 (8-bit 4:2:0, at most
     * {@link MediaSettings#maxHeight()} high when encoded) and AAC, its index first. Streams that
     * are H.264 and AAC already are only copied into a new file, which takes seconds; anything
     * else is encoded. Callers who want to keep a web-ready upload as it is check
     * {@link MediaInfo#webReady()} first.
     */
    public WebReadyVideo makeWebReady(Path in, Path out) throws MediaException {
        MediaInfo info = probe(in);
        FfmpegCommands commands = tools.commands(settings);
        boolean copy = info.webCodecs();
        List<String> command = copy ? commands.remux(in, info, out) : commands.transcode(in, info, out);
        ToolResult result = run(command, settings.convertTimeout(), out);
        if (!result.succeeded()) {
            delete(out);
            throw failure(result, "convert the video", settings.convertTimeout(), in, out);
        }
        MediaInfo made = probeOwnOutput(out);
        if (!made.webReady()) {
            delete(out);
            throw new MediaException(Reason.FAILED, "ffmpeg wrote a copy that is not web-ready: " + made);
        }
        return new WebReadyVideo(copy ? WebReadyVideo.Conversion.REMUXED : WebReadyVideo.Conversion.TRANSCODED, made);
    }

    /**
     * Writes a short web-ready lecture clip for demo content: the title (wrapped to fit; it may
     * hold line breaks) and a running clock on a coloured card, with silent sound — about 4 KB a
     * second. Where ffmpeg cannot draw text or no Chinese font is installed the clip shows
     * ffmpeg's test picture instead; fonts never make it fail.
     *
     * @param title the words on the card; null or blank for the clock alone
     */
    public MediaInfo generateLecture(Path out, Duration length, String title) throws MediaException {
        Objects.requireNonNull(out, "out");
        if (length.compareTo(Duration.ofSeconds(1)) < 0 || length.compareTo(MAX_CLIP_LENGTH) > 0) {
            throw new IllegalArgumentException("a clip lasts between 1 s and " + describe(MAX_CLIP_LENGTH) + ", not " + length);
        }
        FfmpegCommands commands = tools.commands(settings);
        ToolResult result = run(commands.lecture(out, length, TitleLines.wrap(title), tools.titleFont()),
                settings.convertTimeout(), out);
        if (!result.succeeded()) {
            delete(out);
            throw failure(result, "generate the clip", settings.convertTimeout(), out);
        }
        return probeOwnOutput(out);
    }

    /** Kills conversions still running (the server is stopping); later calls fail. */
    @Override
    public void close() {
        runner.close();
    }

    /** Reads back what ffmpeg just wrote; if that fails, the fault is ours or the disk's, not the upload's. */
    private MediaInfo probeOwnOutput(Path out) throws MediaException {
        try {
            return probe(out);
        } catch (MediaException e) {
            delete(out);
            throw new MediaException(Reason.FAILED, "ffmpeg wrote a file it cannot read back: " + e.getMessage(),
                    e.toolOutput());
        }
    }

    /**
     * Runs a tool; a failed or interrupted run never leaves the output file behind.
     *
     * @param output the file the run writes, or null
     */
    private ToolResult run(List<String> command, Duration timeout, Path output) throws MediaException {
        try {
            return runner.run(command, timeout);
        } catch (IOException e) {
            delete(output);
            throw new MediaException(Reason.TOOLS_MISSING, "Video processing is not available on this server: "
                    + command.get(0) + " did not start (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            delete(output);
            throw new MediaException(Reason.FAILED, "Video processing was interrupted (the server is stopping); "
                    + "it will be tried again.");
        }
    }

    private static MediaException failure(ToolResult result, String what, Duration timeout, Path... files) {
        if (result.timedOut()) {
            return new MediaException(Reason.TIMED_OUT, "ffmpeg did not " + what + " within "
                    + describe(timeout) + " and was stopped. A shorter video, or one saved as MP4 (H.264/AAC), "
                    + "which is only copied, takes less time.", result.stderrTail());
        }
        boolean unreadable = result.stderrTail().stream().anyMatch(line -> line.contains("Invalid data found"));
        return new MediaException(unreadable ? Reason.UNREADABLE : Reason.FAILED, "ffmpeg could not " + what
                + " (" + result.lastLineWithout(files) + ")." + (unreadable ? " " + EXPORT_AGAIN : ""), result.stderrTail());
    }

    private static String describe(Duration duration) {
        return duration.toSecondsPart() == 0 && duration.toMinutes() > 0
                ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
    }

    private static void requireFile(Path file) {
        if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) {
            throw new IllegalArgumentException("not a file: " + file);
        }
    }

    private static boolean isEmpty(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return true;
        }
    }

    private static void delete(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Reported, not thrown: the failure being reported matters more than this one.
            LOG.log(Level.WARNING, "cannot delete the failed output " + file, e);
        }
    }
}
