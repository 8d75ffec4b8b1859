package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.gongxue.library.LibraryFixtures.uniqueWord;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;
import org.gongxue.forum.service.DiscussionService;
import org.gongxue.forum.service.SpaceDraft;
import org.gongxue.forum.service.SpaceService;
import org.gongxue.library.LibraryFixtures.CourseWithLecture;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.service.processing.RebuildStatus;
import org.gongxue.library.service.processing.SearchIndexRebuild;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A platform administrator rebuilds the whole index from the database and the object store:
 * search answers all along, and afterwards from a new index that holds every published course
 * and material with its pages and timed lines, and every visible forum post.
 */
@ExtendWith(ArquillianExtension.class)
class SearchIndexRebuildIT {

    private static final Set<String> QINGPU_CADRE = Set.of("zone", "locality:QINGPU");

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(SearchIndexRebuildIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class, LibraryFiles.class, MinimalDocx.class, MinimalPdf.class);
    }

    @Inject
    LibraryFixtures library;

    @Inject
    SearchIndexRebuild rebuild;

    @Inject
    ContentIndex index;

    @Inject
    SpaceService spaces;

    @Inject
    DiscussionService discussions;

    @Test
    void theRebuiltIndexHoldsEverythingPublishedAndSearchAnswersAllAlong() throws Exception {
        String written = uniqueWord();
        String spoken = uniqueWord();
        String onPageTwo = uniqueWord();
        CourseWithLecture course = library.publishedCourse("重建索引的课程");
        long handout = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "讲义.docx", MinimalDocx.of(written));
        long subtitles = library.material(course.lectureId(), MaterialSlot.SUBTITLE, "字幕.srt",
                LibraryFiles.srt("开场", spoken));
        long slides = library.material(course.lectureId(), MaterialSlot.SLIDES, "课件.pdf",
                MinimalPdf.of("Cover", "Agenda " + onPageTwo));
        CourseWithLecture draft = library.draftCourse("未发布的课程 " + uniqueWord());
        String discussed = uniqueWord();
        long space = spaces.create(library.actor("platform.admin"), new SpaceDraft("重建索引的讨论" + discussed, null,
                SpaceKind.OPEN_FORUM, SpaceVisibility.ZONE, "ZONE")).getId();
        discussions.start(library.actor("platform.admin"), space, "重建之后还在", "<p>讨论 " + discussed + "</p>");
        LibraryFixtures.await(() -> !library.found(discussed, QINGPU_CADRE).isEmpty(), () -> "the post indexed");
        List<String> post = library.found(discussed, QINGPU_CADRE);
        library.awaitFound(onPageTwo, QINGPU_CADRE, Set.of("material-" + slides));
        library.awaitFound(spoken, QINGPU_CADRE, Set.of("material-" + subtitles));
        Set<String> before = index.indicesBehindAlias();

        assertThatThrownBy(() -> rebuild.start(library.actor("admin.qingpu"))).isInstanceOf(AccessDeniedException.class);
        assertThat(rebuild.start(library.actor("platform.admin"))).isTrue();
        LibraryFixtures.await(() -> {
            assertThat(library.found(written, QINGPU_CADRE)).as("search answers during the rebuild")
                    .containsExactly("material-" + handout);
            return !rebuild.status().isRunning();
        }, () -> "the rebuild to end");

        RebuildStatus status = rebuild.status();
        assertThat(status.getOutcome()).as(status.getError()).isEqualTo(RebuildStatus.Outcome.DONE);
        assertThat(status.getDone()).isPositive().isEqualTo(status.getExpected());
        assertThat(status.getPercent()).isEqualTo(100);
        assertThat(index.indicesBehindAlias()).isNotEmpty().doesNotContainAnyElementsOf(before);
        index.refresh();
        assertThat(library.found(written, QINGPU_CADRE)).containsExactly("material-" + handout);
        assertThat(library.hits(spoken, QINGPU_CADRE).get(0).cues()).first()
                .satisfies(cue -> assertThat(cue.startSecond()).isEqualTo(64));
        assertThat(library.hits(onPageTwo, QINGPU_CADRE).get(0).sections()).first()
                .satisfies(section -> assertThat(section.number()).isEqualTo(2));
        assertThat(library.found(discussed, QINGPU_CADRE)).as("the forum's posts are rebuilt too")
                .isEqualTo(post).singleElement().asString().startsWith("forum-post-");
        assertThat(library.found("未发布的课程", Set.of("zone", "locality:QINGPU")))
                .doesNotContain("course-" + draft.courseId());
    }
}
