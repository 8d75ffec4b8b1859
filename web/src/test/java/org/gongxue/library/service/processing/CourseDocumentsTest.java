package org.gongxue.library.service.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.search.subtitles.Cue;
import org.junit.jupiter.api.Test;

class CourseDocumentsTest {

    /** 2025-12-31 17:00 UTC is already 2026 in the zone. */
    private static final Instant PUBLISHED = Instant.parse("2025-12-31T17:00:00Z");

    private final CourseSnapshot.Material handout = new CourseSnapshot.Material(11, MaterialSlot.DOCUMENT, "讲义.docx",
            ProcessingState.READY, "m/11.text.txt", null);
    private final CourseSnapshot.Material subtitles = new CourseSnapshot.Material(12, MaterialSlot.SUBTITLE, "第一讲.srt",
            ProcessingState.READY, null, "m/12.cues.vtt");
    private final CourseSnapshot.Material video = new CourseSnapshot.Material(13, MaterialSlot.VIDEO, "第一讲.mp4",
            ProcessingState.READY, null, null);
    private final CourseSnapshot.Material failedSlides = new CourseSnapshot.Material(14, MaterialSlot.SLIDES, "坏.pptx",
            ProcessingState.FAILED, null, null);
    private final CourseSnapshot course = new CourseSnapshot(7, "优化营商环境", "青浦实践", "BUSINESS_ENVIRONMENT", "QINGPU",
            "locality:QINGPU", true, PUBLISHED, 42, List.of("REFORM", "IMPLEMENTATION"), List.of("周海燕", "李明"),
            List.of(new CourseSnapshot.Lecture(3, 1, "第一讲 一网通办", "政务服务改革", 5,
                    List.of(handout, subtitles, video, failedSlides))));

    @Test
    void aCourseDocumentCarriesLecturersLecturesAndFacets() {
        SearchDocument document = CourseDocuments.course(course);

        assertThat(document.id()).isEqualTo("course-7");
        assertThat(document.kind()).isEqualTo("course");
        assertThat(document.parentId()).isNull();
        assertThat(document.body()).isEqualTo("第一讲 一网通办\n政务服务改革");
        assertThat(document.audience()).containsExactly("locality:QINGPU");
        assertThat(document.views()).isEqualTo(42);
        assertThat(document.facets()).isEqualTo(Map.of(
                "topic", List.of("BUSINESS_ENVIRONMENT"),
                "ability", List.of("REFORM", "IMPLEMENTATION"),
                "locality", List.of("QINGPU"),
                "lecturer", List.of("周海燕", "李明"),
                "materialType", List.of("VIDEO", "DOCUMENT", "SUBTITLE"),
                "year", List.of("2026")));
    }

    @Test
    void onlyMaterialsWithWordsGetADocumentInTheCoursesGroup() {
        List<SearchDocument> documents = CourseDocuments.of(course, material -> material.id() == 11
                ? new MaterialContent("附：参考文献", List.of(new Section(2, "营商环境的内涵")), List.of())
                : new MaterialContent("", List.of(), List.of(new Cue(61_000, 64_000, "我们讲一网通办"))));

        assertThat(documents).extracting(SearchDocument::id).containsExactly("course-7", "material-11", "material-12");
        SearchDocument handoutDocument = documents.get(1);
        assertThat(handoutDocument.parentId()).isEqualTo("course-7");
        assertThat(handoutDocument.title()).isEqualTo("第一讲 一网通办");
        assertThat(handoutDocument.summary()).isEqualTo("讲义.docx");
        assertThat(handoutDocument.body()).isEqualTo("附：参考文献");
        assertThat(handoutDocument.sections()).containsExactly(new Section(2, "营商环境的内涵"));
        assertThat(handoutDocument.views()).isEqualTo(5);
        assertThat(handoutDocument.facets().get("materialType")).containsExactly("DOCUMENT");
        assertThat(documents.get(2).body()).isEmpty();
        assertThat(documents.get(2).cues()).containsExactly(new Cue(61_000, 64_000, "我们讲一网通办"));
    }

    @Test
    void aCourseLeavingTheIndexTakesEveryDocumentItMayHaveWithIt() {
        assertThat(CourseDocuments.allIds(course))
                .containsExactly("course-7", "material-11", "material-12", "material-14");
        assertThat(CourseDocuments.staleIds(course)).containsExactly("material-14");
    }
}
