package org.gongxue.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.library.LibraryFixtures.uniqueWord;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.gongxue.library.LibraryFixtures.CourseWithLecture;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.processing.MaterialObjects;
import org.gongxue.platform.media.VideoProcessor;
import org.gongxue.platform.outbox.OutboxStatus;
import org.gongxue.testing.MinimalDocx;
import org.gongxue.testing.MinimalPdf;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Materials as the worker processes them, in the server: documents give text and subtitles give
 * timed lines that search finds; poison files end FAILED with a reason their uploader can act on,
 * at once, and the files queued behind them are processed all the same.
 */
@ExtendWith(ArquillianExtension.class)
class MaterialProcessingIT {

    private static final Set<String> QINGPU_CADRE = Set.of("zone", "locality:QINGPU");
    private static final Set<String> WUJIANG_CADRE = Set.of("zone", "locality:WUJIANG");

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClassesInWeb(MaterialProcessingIT.class, LibraryFixtures.class,
                LibraryFixtures.CourseWithLecture.class, LibraryFiles.class, MinimalDocx.class, MinimalPdf.class);
    }

    @Inject
    LibraryFixtures library;

    @Inject
    CourseService courses;

    @Inject
    VideoProcessor videos;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Test
    void documentsAndSubtitlesBecomeSearchableByTheirAudienceOnly() {
        String written = uniqueWord();
        String spoken = uniqueWord();
        String onSlideTwo = uniqueWord();
        String inTheTitle = uniqueWord();
        CourseWithLecture course = library.publishedCourse("一网通办改革 " + inTheTitle);

        long handout = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "讲义.docx",
                MinimalDocx.of("营商环境优化的青浦经验 " + written));
        long subtitles = library.material(course.lectureId(), MaterialSlot.SUBTITLE, "第一讲.srt",
                LibraryFiles.srt("同志们好", "今天我们讲 " + spoken));
        long slides = library.material(course.lectureId(), MaterialSlot.SLIDES, "幻灯片.pdf",
                MinimalPdf.of("One network", "Reform " + onSlideTwo));

        Material document = library.processed(handout);
        assertThat(document.getState()).isEqualTo(ProcessingState.READY);
        assertThat(document.getMediaType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.getTextKey()).isEqualTo(MaterialObjects.Derived.TEXT.keyFor(document.getObjectKey()));
        assertThat(library.object(document.getTextKey())).contains(written);
        Material cues = library.processed(subtitles);
        assertThat(cues.getState()).isEqualTo(ProcessingState.READY);
        assertThat(cues.getProcessingNote()).isNull();
        assertThat(library.object(cues.getCuesKey())).startsWith("WEBVTT").contains("00:01:04.000 --> ", spoken);

        Material deck = library.processed(slides);
        assertThat(deck.getState()).isEqualTo(ProcessingState.READY);
        assertThat(deck.getSectionCount()).isEqualTo(2);

        library.awaitFound(written, QINGPU_CADRE, Set.of("material-" + handout));
        library.awaitFound(spoken, QINGPU_CADRE, Set.of("material-" + subtitles));
        assertThat(library.hits(spoken, QINGPU_CADRE).get(0).cues()).first()
                .satisfies(cue -> assertThat(cue.startSecond()).as("second the spoken word starts at").isEqualTo(64));
        library.awaitFound(onSlideTwo, QINGPU_CADRE, Set.of("material-" + slides));
        assertThat(library.hits(onSlideTwo, QINGPU_CADRE).get(0).sections()).first()
                .satisfies(section -> assertThat(section.number()).as("slide").isEqualTo(2));
        // The lecture's title heads its materials' documents too: they are found in the course's group.
        library.awaitFound(inTheTitle, QINGPU_CADRE,
                Set.of("course-" + course.courseId(), "material-" + handout, "material-" + subtitles,
                        "material-" + slides));
        assertThat(library.found(written, WUJIANG_CADRE)).isEmpty();
    }

    @Test
    void aWithdrawnCourseLeavesTheIndexAndReturnsWhenPublishedAgain() {
        String written = uniqueWord();
        String inTheTitle = uniqueWord();
        CourseWithLecture course = library.publishedCourse("淀山湖生态治理 " + inTheTitle);
        long handout = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "案例.docx", MinimalDocx.of(written));
        library.processed(handout);
        library.awaitFound(written, QINGPU_CADRE, Set.of("material-" + handout));

        courses.withdraw(library.actor("admin.qingpu"), course.courseId());
        library.awaitFound(written, QINGPU_CADRE, Set.of());
        library.awaitFound(inTheTitle, QINGPU_CADRE, Set.of());

        courses.submitForReview(library.actor("teacher.qingpu"), course.courseId());
        courses.publish(library.actor("admin.qingpu"), course.courseId());
        library.awaitFound(written, QINGPU_CADRE, Set.of("material-" + handout));
    }

    @Test
    void aDeletedMaterialLeavesNeitherObjectsNorIndexEntryBehind() {
        String written = uniqueWord();
        CourseWithLecture course = library.publishedCourse("删除资料 " + uniqueWord());
        long handout = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "讲义.docx", MinimalDocx.of(written));
        Material processed = library.processed(handout);
        library.awaitFound(written, QINGPU_CADRE, Set.of("material-" + handout));
        assertThat(library.stored(processed.getTextKey())).isTrue();

        library.delete(handout);

        library.awaitFound(written, QINGPU_CADRE, Set.of());
        LibraryFixtures.await(() -> MaterialObjects.allKeys(processed.getObjectKey()).stream().noneMatch(library::stored),
                () -> "every object of material " + handout + " removed");
    }

    @Test
    void poisonFilesFailAtOnceWithTheirReasonAndHoldUpNothing() {
        CourseWithLecture course = library.publishedCourse("坏文件也不能堵住队列");
        long corrupt = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "损坏.pdf", LibraryFiles.corruptPdf());
        long bomb = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "炸弹.docx", LibraryFiles.zipBombDocx());
        long locked = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "加密.docx",
                LibraryFiles.encryptedDocx("机密"));
        long empty = library.material(course.lectureId(), MaterialSlot.SLIDES, "空.pptx", new byte[0]);
        long noCues = library.material(course.lectureId(), MaterialSlot.SUBTITLE, "字幕.vtt",
                "WEBVTT\n\n这只是一段文字，没有时间轴\n".getBytes(StandardCharsets.UTF_8));
        long executable = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "讲义.pdf",
                LibraryFiles.executable());
        String written = uniqueWord();
        long good = library.material(course.lectureId(), MaterialSlot.DOCUMENT, "好.docx", MinimalDocx.of(written));

        assertThat(library.processed(good).getState()).isEqualTo(ProcessingState.READY);
        List<Long> poisons = List.of(corrupt, bomb, locked, empty, noCues, executable);
        assertThat(poisons).extracting(id -> library.processed(id).getFailureReason())
                .containsExactly("library.processing.failure.corrupt", "library.processing.failure.tooLargeWhenOpened",
                        "library.processing.failure.encrypted", "library.processing.failure.empty",
                        "library.processing.failure.noCues", "library.processing.failure.wrongType");
        for (long poison : poisons) {
            assertThat(library.processed(poison).getState()).isEqualTo(ProcessingState.FAILED);
            assertThat(attemptsOf(poison)).as("attempts of material %d", poison).isEqualTo(1);
        }
        library.awaitFound(written, QINGPU_CADRE, Set.of("material-" + good));
    }

    @Test
    void videosGetTheirLengthAPosterAndACopyBrowsersPlay() {
        CourseWithLecture course = library.publishedCourse("视频处理");
        long matroska = library.material(course.lectureId(), MaterialSlot.VIDEO, "第一讲.mkv", LibraryFiles.matroskaVideo());
        long broken = library.material(course.lectureId(), MaterialSlot.VIDEO, "坏视频.avi", LibraryFiles.brokenVideo());

        Material video = library.processed(matroska);
        assertThat(video.getState()).isEqualTo(ProcessingState.READY);
        if (!videos.tools().available()) {
            // A server without ffmpeg still takes videos, and says what they lack.
            assertThat(video.getProcessingNote()).isEqualTo("library.processing.note.noMediaTools");
            return;
        }
        assertThat(video.getProcessingNote()).isNull();
        assertThat(video.getMediaType()).isEqualTo("video/x-matroska");
        assertThat(video.getDurationSeconds()).isEqualTo(3);
        assertThat(library.objectInfo(video.getPosterKey()).size()).isPositive();
        assertThat(video.getRenditionKey()).isEqualTo(MaterialObjects.Derived.RENDITION.keyFor(video.getObjectKey()));
        assertThat(library.objectHead(video.getRenditionKey(), 12)).containsSequence("ftyp".getBytes(StandardCharsets.US_ASCII));
        Material unreadable = library.processed(broken);
        assertThat(unreadable.getState()).isEqualTo(ProcessingState.FAILED);
        assertThat(unreadable.getFailureReason()).isEqualTo("library.processing.failure.unreadableVideo");
    }

    /** The attempts the worker made of the material's processing event, once it is done. */
    private int attemptsOf(long materialId) {
        LibraryFixtures.await(() -> em.createQuery("""
                        select count(e) from OutboxEvent e where e.topic = 'library.material.process'
                        and e.key = :key and e.status = :done""", Long.class)
                .setParameter("key", Long.toString(materialId)).setParameter("done", OutboxStatus.DONE)
                .getSingleResult() == 1, () -> "the event of material " + materialId + " done");
        return em.createQuery("select e.attempts from OutboxEvent e where e.key = :key and e.topic = 'library.material.process'",
                        Integer.class)
                .setParameter("key", Long.toString(materialId)).getSingleResult();
    }
}
