package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import org.gongxue.platform.outbox.ServiceDownException;
import org.gongxue.platform.upload.DetectedType;
import org.gongxue.search.subtitles.SubtitleParser;
import org.gongxue.search.subtitles.Subtitles;
import org.gongxue.search.subtitles.WebVttWriter;

/**
 * Subtitles (SRT or WebVTT, in any of the encodings teachers' tools write): parsed into timed
 * cues and stored as WebVTT, which the player shows as captions and the index searches line by
 * line.
 */
@ApplicationScoped
public class SubtitleCues {

    @Inject
    SubtitleParser parser;

    @Inject
    DerivedObjects derived;

    /** @throws IOException only when reading the original fails */
    ProcessedMaterial process(MaterialWork work, DetectedType type, InputStream content)
            throws IOException, UnprocessableMaterialException, ServiceDownException {
        Subtitles subtitles = parser.parse(content);
        if (subtitles.isEmpty()) {
            throw new UnprocessableMaterialException(ProcessingProblem.NO_CUES,
                    "no readable cue in '" + work.originalName() + "' (" + subtitles.skippedCues() + " skipped)", null);
        }
        ByteArrayOutputStream webVtt = new ByteArrayOutputStream();
        WebVttWriter.write(subtitles.cues(), webVtt);
        String cuesKey = derived.put(work.objectKey(), MaterialObjects.Derived.CUES, webVtt.toByteArray());
        ProcessingNote note = subtitles.skippedCues() > 0 || subtitles.truncated() ? ProcessingNote.CUES_SKIPPED : null;
        return new ProcessedMaterial(type.mediaType(), null, cuesKey, null, null, null, null, note);
    }
}
