package org.gongxue.library.service.processing;

import java.util.List;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.subtitles.Cue;

/**
 * The words of one material as processing stored them: a document's text in and outside its
 * pages, slides or sheets, or the timed lines of subtitles.
 *
 * @param text     the text in no section (all of it for a document without sections)
 * @param sections the text of each page, slide or sheet, for a hit to name
 * @param cues     the subtitles' lines, for a hit to give the second to jump to
 */
public record MaterialContent(String text, List<Section> sections, List<Cue> cues) {

    public static final MaterialContent NONE = new MaterialContent("", List.of(), List.of());

    public MaterialContent {
        text = text == null ? "" : text;
        sections = List.copyOf(sections);
        cues = List.copyOf(cues);
    }
}
