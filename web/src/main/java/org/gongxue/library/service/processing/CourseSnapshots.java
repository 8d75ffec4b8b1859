package org.gongxue.library.service.processing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.gongxue.library.model.Course;
import org.gongxue.library.model.CourseStatus;
import org.gongxue.library.model.Lecturer;
import org.gongxue.library.model.Lecture;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.ProcessingState;

/** Reads courses as the index needs them, each in a short transaction of its own. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class CourseSnapshots {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    /** The course as it is now; empty when there is no such course. */
    public Optional<CourseSnapshot> of(long courseId) {
        return Optional.ofNullable(em.find(Course.class, courseId)).map(CourseSnapshots::snapshot);
    }

    /** Ids of the published courses after {@code afterId}, in id order: one page of an index rebuild. */
    public List<Long> publishedAfter(long afterId, int limit) {
        return em.createQuery("select c.id from Course c where c.status = :published and c.id > :after order by c.id",
                        Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The documents the published courses give: one per course, one per material with words of its own. */
    public long countSearchableDocuments() {
        long courses = em.createQuery("select count(c) from Course c where c.status = :published", Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .getSingleResult();
        long materials = em.createQuery("""
                        select count(m) from Material m
                        where m.lecture.course.status = :published and m.state = :ready
                          and (m.textKey is not null or m.cuesKey is not null)""", Long.class)
                .setParameter("published", CourseStatus.PUBLISHED)
                .setParameter("ready", ProcessingState.READY)
                .getSingleResult();
        return courses + materials;
    }

    private static CourseSnapshot snapshot(Course course) {
        return new CourseSnapshot(course.getId(), course.getTitle(), course.getSummary(), course.getTopicCode(),
                course.getLocalityCode(), course.getAudience(), course.getStatus() == CourseStatus.PUBLISHED,
                course.getPublishedAt(), course.getViewCount(),
                course.getAbilities().stream().map(Enum::name).sorted().toList(),
                course.getLecturers().stream().map(Lecturer::getName).toList(),
                course.getLectures().stream().map(CourseSnapshots::snapshot).toList());
    }

    private static CourseSnapshot.Lecture snapshot(Lecture lecture) {
        return new CourseSnapshot.Lecture(lecture.getId(), lecture.getPosition(), lecture.getTitle(),
                lecture.getSummary(), lecture.getViewCount(),
                lecture.getMaterials().stream().map(CourseSnapshots::snapshot).toList());
    }

    private static CourseSnapshot.Material snapshot(Material material) {
        return new CourseSnapshot.Material(material.getId(), material.getSlot(), material.getOriginalName(),
                material.getState(), material.getTextKey(), material.getCuesKey());
    }
}
