package org.gongxue.library.service.processing;

import java.util.List;
import org.gongxue.search.subtitles.Cue;

/**
 * The words of one material as processing stored them: the text of a document, or the cues of
 * subtitles.
 */
public record MaterialContent(String text, List<Cue> cues) {

    public static final MaterialContent NONE = new MaterialContent("", List.of());

    public MaterialContent {
        text = text == null ? "" : text;
        cues = List.copyOf(cues);
    }
}
