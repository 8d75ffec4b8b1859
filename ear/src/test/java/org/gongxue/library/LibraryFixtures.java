package org.gongxue.library;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ObjectInfo;
import org.gongxue.contentstore.ObjectNotFoundException;
import org.gongxue.library.model.Ability;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.library.service.LibraryEvents;
import org.gongxue.library.service.MaterialPurge;
import org.gongxue.people.service.Actors;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.outbox.Outbox;
import org.gongxue.search.index.ContentHit;
import org.gongxue.search.index.ContentQuery;
import org.gongxue.search.index.ContentSearcher;

/**
 * Builds library content for in-container tests the way the teacher's side will: a course with a
 * lecture through the course service, materials as an object in the store plus a QUEUED row and
 * its MATERIAL_PROCESS event in one transaction.
 */
@ApplicationScoped
public class LibraryFixtures {

    /** Processing a poison file may take a fresh extraction process or two; the worker polls every second. */
    static final Duration PATIENCE = Duration.ofMinutes(3);

    @Inject
    CourseService courses;

    @Inject
    Actors actors;

    @Inject
    ContentStore store;

    @Inject
    Outbox outbox;

    @Inject
    ContentSearcher searcher;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    public record CourseWithLecture(long courseId, long lectureId) {}

    public Actor actor(String username) {
        return actors.forUsername(username, "127.0.0.1").orElseThrow();
    }

    /** A course of Qingpu for Qingpu's cadres with one lecture, published. */
    public CourseWithLecture publishedCourse(String title) {
        CourseWithLecture course = draftCourse(title);
        courses.publish(actor("admin.qingpu"), course.courseId());
        return course;
    }

    public CourseWithLecture draftCourse(String title) {
        Actor teacher = actor("teacher.qingpu");
        long courseId = courses.create(teacher, new CourseDraft(title, "面向青浦干部的专题课程", "BUSINESS_ENVIRONMENT",
                Set.of(Ability.REFORM), CourseLevel.GENERAL, new BigDecimal("1.5"), null, "locality:QINGPU", List.of()));
        long lectureId = courses.addLecture(teacher, courseId, new LectureDraft("第一讲 " + title, null));
        return new CourseWithLecture(courseId, lectureId);
    }

    /** Stores the bytes and records them as a QUEUED material of the lecture, to be processed. */
    @Transactional
    public long material(long lectureId, MaterialSlot slot, String fileName, byte[] bytes) {
        return register(lectureId, slot, fileName, upload(bytes), bytes.length);
    }

    /** Stores the bytes as an upload does; returns their key. */
    public String upload(byte[] bytes) {
        String key = "test-materials/" + UUID.randomUUID();
        store.put(key, new ByteArrayInputStream(bytes), "application/octet-stream");
        return key;
    }

    /** Records an uploaded object as a QUEUED material of the lecture with its MATERIAL_PROCESS event, in one transaction. */
    @Transactional
    public long register(long lectureId, MaterialSlot slot, String fileName, String objectKey, long size) {
        Material material = new Material(em.find(Lecture.class, lectureId), slot, fileName, objectKey,
                "application/octet-stream", size, actor("teacher.qingpu").personId());
        em.persist(material);
        outbox.enqueue(LibraryEvents.MATERIAL_PROCESS, material.getId().toString());
        return material.getId();
    }

    /**
     * Deletes the material as the teacher's side does: the row, and in the same transaction the
     * events that purge its objects and index entry and index its course again.
     */
    @Transactional
    public void delete(long materialId) {
        Material material = em.find(Material.class, materialId);
        long courseId = material.getLecture().getCourse().getId();
        em.remove(material);
        outbox.enqueue(LibraryEvents.MATERIAL_PURGE, new MaterialPurge(materialId, material.getObjectKey()).eventKey());
        outbox.enqueue(LibraryEvents.COURSE_INDEX, Long.toString(courseId));
    }

    /** Whether the store holds an object under the key. */
    public boolean stored(String key) {
        try {
            store.stat(key);
            return true;
        } catch (ObjectNotFoundException e) {
            return false;
        }
    }

    /** The material once processing is over (READY or FAILED). */
    public Material processed(long materialId) {
        await(() -> {
            ProcessingState state = find(materialId).getState();
            return state == ProcessingState.READY || state == ProcessingState.FAILED;
        }, () -> "material " + materialId + " processed");
        return find(materialId);
    }

    @Transactional
    public Material find(long materialId) {
        Material material = em.find(Material.class, materialId);
        em.detach(material);
        return material;
    }

    public String object(String key) {
        try (InputStream in = store.get(key)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ObjectInfo objectInfo(String key) {
        return store.stat(key);
    }

    /** The object's first bytes. */
    public byte[] objectHead(String key, int length) {
        try (InputStream in = store.getRange(key, 0, length)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the documents a search by a reader of these audiences finds. */
    public List<String> found(String text, Set<String> audiences) {
        return hits(text, audiences).stream().map(ContentHit::id).toList();
    }

    public List<ContentHit> hits(String text, Set<String> audiences) {
        try {
            return searcher.search(new ContentQuery(text, audiences, 0, ContentQuery.MAX_PAGE_SIZE)).hits();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until a search finds exactly these documents (the index catches up a moment after the database). */
    public void awaitFound(String text, Set<String> audiences, Set<String> documentIds) {
        await(() -> Set.copyOf(found(text, audiences)).equals(documentIds),
                () -> "search for '" + text + "' to find " + documentIds + " (finds " + found(text, audiences) + ")");
    }

    /** A word no other test run indexed: the index outlives test runs. */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("gx");
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 12; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    public static void await(BooleanSupplier condition, Supplier<String> what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Gave up waiting for " + what.get());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what.get(), e);
            }
        }
    }
}
