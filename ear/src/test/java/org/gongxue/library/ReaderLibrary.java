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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LectureView;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.library.service.LibraryDocuments;
import org.gongxue.library.service.LibraryFacet;
import org.gongxue.library.service.MaterialView;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.search.extraction.Section;
import org.gongxue.search.index.BulkIndexResult;
import org.gongxue.search.index.ContentIndex;
import org.gongxue.search.index.SearchDocument;
import org.gongxue.search.subtitles.Cue;
import org.gongxue.search.subtitles.SubtitleParser;
import org.gongxue.search.subtitles.WebVttWriter;

/**
 * The library the reader's tests read, made inside the server when a test deployment starts
 * (and found again by the next one): a course for Qingpu's cadres only, with a playable video, its subtitles and a PDF, and a
 * course for the whole zone with a PDF. Until the processing pipeline lands, materials are
 * written READY with their derived objects, and the index documents are built here the way
 * {@link LibraryDocuments} says indexing builds them.
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

    private static final ZoneId ZONE_TIME = ZoneId.of("Asia/Shanghai");
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
    CourseCatalog catalog;

    @Inject
    Actors actors;

    @Inject
    ContentStore store;

    @Inject
    ContentIndex index;

    void install(@Observes @Initialized(ApplicationScoped.class) Object started) throws Exception {
        ensure();
    }

    /** Makes the two courses unless they exist, and (again) indexes them. */
    void ensure() throws Exception {
        Optional<Long> madeBefore = existing(QINGPU_COURSE);
        long qingpu = madeBefore.isPresent() ? madeBefore.get() : qingpuCourse();
        madeBefore = existing(ZONE_COURSE);
        long zone = madeBefore.isPresent() ? madeBefore.get() : zoneCourse();
        indexCourse(qingpu);
        indexCourse(zone);
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
                pdf("Taipu River handout, page 1", "Taipu River handout, page 2"), teacher);
        handout.setSectionCount(2);
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
                "application/pdf", pdf("Cases, page 1"), teacher);
        cases.setSectionCount(1);
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

    /** What indexing will make of a published course: one document for it, one per searchable material. */
    private void indexCourse(long courseId) throws IOException {
        CourseView course = catalog.find(actor("platform.admin"), courseId);
        Set<String> slots = new LinkedHashSet<>();
        course.getLectures().forEach(l -> l.getMaterials().forEach(m -> slots.add(m.getSlot().name())));
        Map<String, List<String>> facets = Map.of(
                LibraryFacet.TOPIC.indexName(), List.of(course.getTopicCode()),
                LibraryFacet.ABILITY.indexName(), course.getAbilities().stream().map(Enum::name).toList(),
                LibraryFacet.LOCALITY.indexName(), List.of(course.getLocalityCode()),
                LibraryFacet.LECTURER.indexName(), course.getLecturers().stream().map(LecturerView::getName).toList(),
                LibraryFacet.MATERIAL_TYPE.indexName(), List.copyOf(slots),
                LibraryFacet.YEAR.indexName(), List.of(Integer.toString(course.getPublishedAt().atZone(ZONE_TIME).getYear())));
        Set<String> audience = Set.of(course.getAudience());
        String parent = LibraryDocuments.courseId(courseId);
        List<SearchDocument> documents = new ArrayList<>();
        documents.add(new SearchDocument(parent, LibraryDocuments.COURSE_KIND, null, course.getTitle(),
                course.getSummary(), String.join("\n", course.getLectures().stream().map(LectureView::getTitle).toList()),
                audience, facets, course.getPublishedAt(), course.getViewCount()));
        for (LectureView lecture : course.getLectures()) {
            for (MaterialView material : lecture.getMaterials()) {
                SearchDocument document = new SearchDocument(LibraryDocuments.materialId(material.getId()),
                        LibraryDocuments.MATERIAL_KIND, parent, lecture.getTitle(), null, null, audience, facets,
                        course.getPublishedAt(), lecture.getViewCount());
                if (material.getSlot() == MaterialSlot.SUBTITLE) {
                    documents.add(document.withCues(cues()));
                } else if (material.getSlot() == MaterialSlot.DOCUMENT && course.getTitle().equals(QINGPU_COURSE)) {
                    documents.add(document.withSections(List.of(new Section(1, "太浦河概况与治理目标。"),
                            new Section(DOCUMENT_PAGE, "建立" + DOCUMENT_WORDS + "制度，三地联合巡查。"))));
                } else if (material.getSlot() == MaterialSlot.DOCUMENT) {
                    documents.add(document.withSections(List.of(new Section(1, "跨域协同的制度创新案例汇编。"))));
                }
            }
        }
        BulkIndexResult indexed = index.index(documents);
        if (!indexed.allSucceeded()) {
            throw new IllegalStateException("indexing failed: " + indexed.failures());
        }
    }

    private static List<Cue> cues() throws IOException {
        return new SubtitleParser().parse(new ByteArrayInputStream(SUBTITLES.getBytes(StandardCharsets.UTF_8))).cues();
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

    /** A PDF with one line of text on each page, written out by hand (objects, xref, trailer). */
    static byte[] pdf(String... pageTexts) {
        int pages = pageTexts.length;
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(4 + 2 * i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + pages + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        for (int i = 0; i < pages; i++) {
            String content = "BT /F1 18 Tf 72 720 Td (" + pageTexts[i] + ") Tj ET";
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> "
                    + "/Contents " + (5 + 2 * i) + " 0 R >>");
            objects.add("<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream");
        }
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(offset -> pdf.append("%010d 00000 n \n".formatted(offset)));
        pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
