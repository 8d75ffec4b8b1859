package org.gongxue.library.service;

import java.util.List;
import org.gongxue.library.model.MaterialSlot;

/**
 * A material of a course's lecture in which the words were found, and where: the subtitle lines
 * (with the second to open the player at) and the pages or slides. Snippets are safe HTML.
 */
public final class MaterialHit {

    private final long materialId;
    private final long lectureId;
    private final int lecturePosition;
    private final String lectureTitle;
    private final MaterialSlot slot;
    private final String name;
    private final List<String> snippets;
    private final List<CuePlace> cues;
    private final List<PagePlace> pages;

    MaterialHit(long materialId, long lectureId, int lecturePosition, String lectureTitle, MaterialSlot slot,
                String name, List<String> snippets, List<CuePlace> cues, List<PagePlace> pages) {
        this.materialId = materialId;
        this.lectureId = lectureId;
        this.lecturePosition = lecturePosition;
        this.lectureTitle = lectureTitle;
        this.slot = slot;
        this.name = name;
        this.snippets = List.copyOf(snippets);
        this.cues = List.copyOf(cues);
        this.pages = List.copyOf(pages);
    }

    public long getMaterialId() {
        return materialId;
    }

    public long getLectureId() {
        return lectureId;
    }

    public int getLecturePosition() {
        return lecturePosition;
    }

    public String getLectureTitle() {
        return lectureTitle;
    }

    public MaterialSlot getSlot() {
        return slot;
    }

    /** The file's name as uploaded. */
    public String getName() {
        return name;
    }

    /** Passages of the text around the words found (outside subtitle lines and pages). */
    public List<String> getSnippets() {
        return snippets;
    }

    public List<CuePlace> getCues() {
        return cues;
    }

    public List<PagePlace> getPages() {
        return pages;
    }
}
