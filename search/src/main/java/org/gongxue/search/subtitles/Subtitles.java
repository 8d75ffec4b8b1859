package org.gongxue.search.subtitles;

import java.util.List;

/**
 * What {@link SubtitleParser} read from one subtitle file.
 *
 * @param cues        the cues, ordered by start time (a stable sort: cues starting together keep
 *                    the file's order)
 * @param skippedCues blocks of the file that gave no cue: a broken timing line, an end not after
 *                    the start, no text, or lines that are no cue at all. Headers, NOTE, STYLE and
 *                    REGION blocks of WebVTT are not counted.
 * @param truncated   whether the file was longer than the parser's byte or cue limit; the cues
 *                    are then those of the part within the limit
 */
public record Subtitles(List<Cue> cues, int skippedCues, boolean truncated) {

    public Subtitles {
        cues = List.copyOf(cues);
    }

    public boolean isEmpty() {
        return cues.isEmpty();
    }
}
