package org.gongxue.library.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreException;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.platform.access.Actor;
import org.gongxue.search.subtitles.SubtitleParser;

/**
 * A lecture's transcript: the timed lines of its subtitles, which processing stored as WebVTT,
 * read back for the lecture page to list beside the player.
 */
@ApplicationScoped
public class LectureTranscripts {

    private static final Logger LOG = Logger.getLogger(LectureTranscripts.class.getName());

    @Inject
    CourseCatalog catalog;

    @Inject
    ContentStore store;

    @Inject
    SubtitleParser parser;

    /** The material whose cues the player shows as captions: subtitles first, else a video with its own. */
    public Optional<MaterialView> captions(LectureView lecture) {
        return lecture.getMaterials().stream()
                .filter(material -> material.getState() == ProcessingState.READY && material.isCues())
                .min(Comparator.comparing(material -> material.getSlot() != MaterialSlot.SUBTITLE));
    }

    /**
     * The lines of the captions, in time order; empty when the lecture has none, or when they
     * cannot be read now (the player still plays, with the captions' own request failing).
     */
    public List<TranscriptLine> lines(Actor reader, LectureView lecture) {
        Optional<MaterialView> captions = captions(lecture);
        if (captions.isEmpty()) {
            return List.of();
        }
        MaterialAccess access = catalog.readableMaterial(reader, captions.get().getId());
        try (InputStream cues = store.get(access.cuesKey())) {
            return parser.parse(cues).cues().stream()
                    .map(cue -> new TranscriptLine(cue.startSecond(), cue.text()))
                    .toList();
        } catch (IOException | ContentStoreException e) {
            LOG.log(Level.WARNING, "cues of material " + access.materialId() + " unreadable", e);
            return List.of();
        }
    }
}
