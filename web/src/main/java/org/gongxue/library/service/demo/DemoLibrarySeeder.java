package org.gongxue.library.service.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LecturerDraft;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.library.service.MaterialService;
import org.gongxue.library.service.demo.DemoCourse.DemoLecture;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.media.MediaException;
import org.gongxue.platform.media.VideoProcessor;
import org.gongxue.platform.outbox.OutboxHandler;
import org.gongxue.platform.outbox.OutboxMessage;

/**
 * Writes one demo course through the same services a teacher and an administrator use: the demo
 * teacher of the course's locality (the platform administrator for the zone's own courses) creates
 * it, uploads for each lecture a handout, subtitles and — where ffmpeg is present — a short
 * generated video, and the locality's administrator publishes it. Processing and indexing then
 * happen as for any upload. The event's key is the course's place in {@code courses.json}; a
 * course whose title exists already is left alone, so a repeated event changes nothing.
 */
@ApplicationScoped
public class DemoLibrarySeeder implements OutboxHandler {

    private static final Logger LOG = Logger.getLogger(DemoLibrarySeeder.class.getName());
    private static final String ZONE = "ZONE";

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    CourseService courses;

    @Inject
    LecturerService lecturers;

    @Inject
    MaterialService materials;

    @Inject
    VideoProcessor video;

    @Inject
    Actors actors;

    @Override
    public String topic() {
        return DemoLibrary.SEED_TOPIC;
    }

    @Override
    public void handle(OutboxMessage message) throws IOException, MediaException {
        DemoContent content = DemoContent.load();
        DemoCourse course = content.courses().get(Integer.parseInt(message.key()));
        if (exists(course.title())) {
            LOG.info(() -> "Demo course already there: " + course.title());
            return;
        }
        if (!video.tools().available()) {
            LOG.warning(() -> "Demo course without videos: " + video.tools().summary());
        }
        seed(course, content);
    }

    private void seed(DemoCourse course, DemoContent content) throws IOException, MediaException {
        boolean zone = ZONE.equals(course.locality());
        Actor author = actors.demoAccount(zone ? DemoLibrary.PLATFORM_ADMIN : "teacher." + lower(course.locality()));
        Actor publisher = actors.demoAccount(zone ? DemoLibrary.PLATFORM_ADMIN : "admin." + lower(course.locality()));
        List<DemoLecturer> speakers = course.lecturers().stream().map(content::lecturer).toList();
        long courseId = courses.create(author, new CourseDraft(course.title(), course.summary(), course.topic(),
                course.abilities(), course.level(), course.hours(), course.locality(), null,
                speakers.stream().map(speaker -> lecturerId(author, speaker)).toList()));
        String lecturerLine = String.join("、", speakers.stream().map(s -> s.name() + " " + s.title()).toList());
        for (DemoLecture lecture : course.lectures()) {
            long lectureId = courses.addLecture(author, courseId, new LectureDraft(lecture.title(), null));
            store(author, lectureId, MaterialSlot.DOCUMENT, lecture.title() + " 讲义.docx",
                    DemoFiles.handout(course.title(), lecture.title(), lecturerLine, lecture.script()));
            store(author, lectureId, MaterialSlot.SUBTITLE, lecture.title() + ".srt",
                    DemoFiles.subtitles(lecture.script()));
            if (video.tools().available()) {
                storeVideo(author, lectureId, lecture);
            }
        }
        courses.publish(publisher, courseId);
    }

    private void storeVideo(Actor author, long lectureId, DemoLecture lecture) throws IOException, MediaException {
        Path file = Files.createTempFile("gongxue-demo-", ".mp4");
        try {
            video.generateLecture(file, DemoFiles.lectureLength(lecture.script()), lecture.title());
            try (InputStream in = Files.newInputStream(file)) {
                materials.store(author, lectureId, MaterialSlot.VIDEO, lecture.title() + ".mp4", in, Files.size(file));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void store(Actor author, long lectureId, MaterialSlot slot, String name, byte[] bytes) throws IOException {
        materials.store(author, lectureId, slot, name, new ByteArrayInputStream(bytes), bytes.length);
    }

    /**
     * Courses share lecturers and may be seeded at the same time by several workers: looking up
     * and creating one at a time keeps each lecturer single (on one server, which is where the
     * embedded default seeds).
     */
    private synchronized long lecturerId(Actor author, DemoLecturer lecturer) {
        return lecturers.matching(lecturer.name()).stream()
                .filter(existing -> existing.getName().equals(lecturer.name()))
                .findFirst()
                .map(LecturerView::getId)
                .orElseGet(() -> lecturers.create(author, new LecturerDraft(lecturer.name(), lecturer.title(),
                        lecturer.unit(), lecturer.kind(), lecturer.locality())));
    }

    private boolean exists(String title) {
        return em.createQuery("select count(c) from Course c where c.title = :title", Long.class)
                .setParameter("title", title).getSingleResult() > 0;
    }

    private static String lower(String localityCode) {
        return localityCode.toLowerCase(Locale.ROOT);
    }
}
