package org.gongxue.library.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.OptionalLong;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureTranscripts;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.MaterialView;
import org.gongxue.library.service.TranscriptLine;
import org.gongxue.people.service.CurrentActor;

/**
 * A lecture ({@code library/lecture.xhtml?id=…}): the video in the player, starting at
 * {@code t} seconds when a search hit asked for a subtitle line; captions and the transcript as
 * buttons that seek; the documents, a PDF shown in the page ({@code material}, at {@code page}).
 * Opening it counts the reader as watching it (once a day).
 */
@Named
@RequestScoped
public class LecturePage {

    static final String PDF = "application/pdf";

    @Inject
    CurrentActor actor;

    @Inject
    CourseCatalog catalog;

    @Inject
    LectureTranscripts transcripts;

    private String id;
    private String t;
    private String material;
    private String page;
    private LectureView lecture;
    private CourseView course;
    private List<TranscriptLine> transcript = List.of();

    /** The view action. */
    public void load() throws IOException {
        OptionalLong lectureId = LibraryRequests.positive(id);
        if (lectureId.isEmpty()) {
            LibraryRequests.notFound();
            return;
        }
        try {
            lecture = catalog.lecture(actor.require(), lectureId.getAsLong());
            course = catalog.find(actor.require(), lecture.getCourseId());
            catalog.recordView(actor.require(), lecture.getId());
        } catch (CourseNotFoundException e) {
            LibraryRequests.notFound();
            return;
        }
        transcript = transcripts.lines(actor.require(), lecture);
    }

    /** The lecture's video when it can be played; null otherwise. */
    public MaterialView getVideo() {
        MaterialView video = lecture.getVideo();
        return video != null && video.getState() == ProcessingState.READY ? video : null;
    }

    /** The streaming variant to play: the web-ready rendition when processing made one, else the upload. */
    public String getVideoVariant() {
        return getVideo().isWebReady() ? "rendition" : "original";
    }

    public String getVideoType() {
        return getVideo().isWebReady() ? "video/mp4" : getVideo().getMediaType();
    }

    /** The material whose cues are the captions; null when there are none. */
    public MaterialView getCaptions() {
        return transcripts.captions(lecture).orElse(null);
    }

    /** Where the player starts: the {@code t} of the address, whole seconds; 0 when absent or odd. */
    public long getStartSecond() {
        return LibraryRequests.positive(t).orElse(0);
    }

    /** The documents and slides to read or download, and pictures, in upload order. */
    public List<MaterialView> getDocuments() {
        return lecture.getMaterials().stream()
                .filter(m -> m.getState() == ProcessingState.READY)
                .filter(m -> m.getSlot() != MaterialSlot.VIDEO && m.getSlot() != MaterialSlot.SUBTITLE)
                .toList();
    }

    public boolean isViewableInPage(MaterialView document) {
        return PDF.equals(document.getMediaType());
    }

    /** The PDF the address asked to show in the page; null when none (or not one of this lecture's). */
    public MaterialView getShownDocument() {
        OptionalLong wanted = LibraryRequests.positive(material);
        return getDocuments().stream()
                .filter(m -> wanted.isPresent() && m.getId() == wanted.getAsLong() && isViewableInPage(m))
                .findFirst().orElse(null);
    }

    /** The page of the shown PDF to open at, from 1. */
    public long getShownPage() {
        return LibraryRequests.positive(page).orElse(1);
    }

    public LectureView getPrevious() {
        int index = course.getLectures().stream().map(LectureView::getId).toList().indexOf(lecture.getId());
        return index > 0 ? course.getLectures().get(index - 1) : null;
    }

    public LectureView getNext() {
        int index = course.getLectures().stream().map(LectureView::getId).toList().indexOf(lecture.getId());
        return index >= 0 && index + 1 < course.getLectures().size() ? course.getLectures().get(index + 1) : null;
    }

    public List<TranscriptLine> getTranscript() {
        return transcript;
    }

    public LectureView getLecture() {
        return lecture;
    }

    public CourseView getCourse() {
        return course;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getT() {
        return t;
    }

    public void setT(String t) {
        this.t = t;
    }

    public String getMaterial() {
        return material;
    }

    public void setMaterial(String material) {
        this.material = material;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
