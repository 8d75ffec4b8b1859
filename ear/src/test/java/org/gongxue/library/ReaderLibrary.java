package org.gongxue.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.LecturerKind;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.processing.CourseIndexer;
import org.gongxue.library.service.processing.StoredText;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.subtitles.SubtitleParser;
import org.gongxue.search.subtitles.WebVttWriter;
import org.gongxue.testing.MinimalPdf;

/**
 * The library the reader's tests read, made inside the server when a test deployment starts
 * (and found again by the next one): a course for Qingpu's cadres only, with a playable video, its subtitles and a PDF, and a
 * course for the whole zone with a PDF. The materials are written READY with the derived objects
 * processing would have made (the PDFs' text stands for pages in Chinese, which a hand-written
 * PDF cannot hold), and the courses are indexed by the library's own indexer.
 */
@ApplicationScoped
public class ReaderLibrary {

    static final String QINGPU_COURSE = "太浦河生态治理的青浦实践";
    static final String ZONE_COURSE = "长三角示范区跨域协同的制度创新";
    /** Spoken in the Qingpu lecture's subtitles only, from second {@link #SPOKEN_AT}. */
    static final String SPOKEN_WORDS = "生态缓冲带";
    static final int SPOKEN_AT = 12;
    /** A later line of the subtitles, for the transcript. */
    static final int LATER_LINE_AT = 18;
    /** On page 2 of the Qingpu lecture's PDF only. */
    static final String DOCUMENT_WORDS = "河长巡河";
    static final int DOCUMENT_PAGE = 2;
    /** The Qingpu course's lecturer: a facet value only Qingpu's readers may count. */
    static final String QINGPU_LECTURER = "沈滨水";
    static final int VIDEO_SECONDS = 30;

    private static final String SUBTITLES = """
            1
            00:00:00,000 --> 00:00:05,000
            各位学员，大家好。

            2
            00:00:05,000 --> 00:00:11,500
            今天我们一起来看太浦河的水环境综合治理。

            3
            00:00:12,000 --> 00:00:17,500
            在沿岸建设生态缓冲带，是这几年最见成效的一招。

            4
            00:00:18,000 --> 00:00:24,000
            青浦、吴江、嘉善三地联合巡河，问题一起发现、一起解决。

            5
            00:00:24,000 --> 00:00:29,000
            谢谢大家。
            """;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    CourseService courses;

    @Inject
    LecturerService lecturers;

    @Inject
    Actors actors;

    @Inject
    ContentStore store;

    @Inject
    ContentIndex index;

    @Inject
    CourseIndexer indexer;

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) throws Exception {
        ensure();
    }

    /** Makes the two courses unless they exist, and (again) indexes them. */
    void ensure() throws Exception {
        Optional<Long> madeBefore = existing(QINGPU_COURSE);
        long qingpu = madeBefore.isPresent() ? madeBefore.get() : qingpuCourse();
        madeBefore = existing(ZONE_COURSE);
        long zone = madeBefore.isPresent() ? madeBefore.get() : zoneCourse();
        indexer.index(qingpu);
        indexer.index(zone);
        index.refresh();
    }

    Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    private Optional<Long> existing(String title) {
        return em.createQuery("select c.id from Course c where c.title = :title", Long.class)
                .setParameter("title", title).getResultStream().findFirst();
    }

    private long qingpuCourse() throws Exception {
        Actor teacher = actor("teacher.qingpu");
        long lecturer = lecturers.create(teacher, new LecturerDraft(QINGPU_LECTURER, "高级讲师", "青浦区委党校",
                LecturerKind.PARTY_SCHOOL, null));
        long course = courses.create(teacher, new CourseDraft(QINGPU_COURSE,
                "从太浦河的水环境治理看跨界河湖联保共治：生态缓冲带、联合巡河与河长制。", "ECO_GREEN",
                Set.of(Ability.RESEARCH, Ability.IMPLEMENTATION), CourseLevel.GENERAL, new BigDecimal("2.0"), null,
                "locality:QINGPU", List.of(lecturer)));
        long first = courses.addLecture(teacher, course, new LectureDraft("第一讲 水环境综合治理", "太浦河沿岸的治理实践"));
        courses.addLecture(teacher, course, new LectureDraft("第二讲 河湖联保共治", null));

        byte[] subtitles = SUBTITLES.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream cues = new ByteArrayOutputStream();
        WebVttWriter.write(new SubtitleParser().parse(new ByteArrayInputStream(subtitles)).cues(), cues);
        tx.begin();
        Lecture lecture = em.find(Lecture.class, first);
        Material video = material(lecture, MaterialSlot.VIDEO, "第一讲 水环境综合治理.webm", "video/webm", video(), teacher);
        video.setDurationSeconds(VIDEO_SECONDS);
        Material subtitle = material(lecture, MaterialSlot.SUBTITLE, "第一讲字幕.srt", "application/x-subrip", subtitles,
                teacher);
        subtitle.setCuesKey(put(cues.toByteArray(), "text/vtt"));
        Material handout = material(lecture, MaterialSlot.DOCUMENT, "太浦河治理讲义.pdf", "application/pdf",
                MinimalPdf.of("Taipu River handout, page 1", "Taipu River handout, page 2"), teacher);
        handout.setSectionCount(2);
        handout.setTextKey(text(new StoredText.Page(1, "太浦河概况与治理目标。"),
                new StoredText.Page(DOCUMENT_PAGE, "建立" + DOCUMENT_WORDS + "制度，三地联合巡查。")));
        tx.commit();
        courses.publish(actor("admin.qingpu"), course);
        return course;
    }

    private long zoneCourse() throws Exception {
        Actor teacher = actor("teacher.wujiang");
        long lecturer = lecturers.create(teacher, new LecturerDraft("顾协同", "教授", "吴江区委党校",
                LecturerKind.SCHOLAR, null));
        long course = courses.create(teacher, new CourseDraft(ZONE_COURSE,
                "示范区跨省域协同的制度创新：规划、土地、投资、要素流动。", "DELTA_INTEGRATION",
                Set.of(Ability.REFORM), CourseLevel.COUNTY, new BigDecimal("1.5"), null, "zone", List.of(lecturer)));
        long first = courses.addLecture(teacher, course, new LectureDraft("第一讲 一体化制度创新清单", null));
        tx.begin();
        Material cases = material(em.find(Lecture.class, first), MaterialSlot.DOCUMENT, "制度创新案例.pdf",
                "application/pdf", MinimalPdf.of("Cases, page 1"), teacher);
        cases.setSectionCount(1);
        cases.setTextKey(text(new StoredText.Page(1, "跨域协同的制度创新案例汇编。")));
        tx.commit();
        courses.publish(actor("admin.wujiang"), course);
        return course;
    }

    private Material material(Lecture lecture, MaterialSlot slot, String name, String type, byte[] bytes, Actor by) {
        Material material = new Material(lecture, slot, name, put(bytes, type), type, bytes.length, by.personId());
        material.markReady();
        em.persist(material);
        return material;
    }

    private String put(byte[] bytes, String type) {
        String key = "it/reader/" + UUID.randomUUID();
        store.put(key, new ByteArrayInputStream(bytes), type);
        return key;
    }

    /** A document's text by page, stored as processing stores it. */
    private String text(StoredText.Page... pages) {
        return put(new StoredText("", List.of(pages)).toJson(), "application/json");
    }

    /** A short WebM (VP8 and Vorbis, which every Chromium plays) made by ffmpeg. */
    private static byte[] video() throws IOException, InterruptedException {
        Path file = Files.createTempFile("reader-lecture", ".webm");
        try {
            Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y",
                    "-f", "lavfi", "-i", "testsrc=size=320x180:rate=10",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                    "-t", Integer.toString(VIDEO_SECONDS), "-c:v", "libvpx", "-b:v", "150k", "-g", "10",
                    "-c:a", "libvorbis", file.toString())
                    .redirectErrorStream(true).start();
            String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
                throw new IllegalStateException("ffmpeg could not make the test video: " + output);
            }
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
