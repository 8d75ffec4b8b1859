package org.gongxue.forum.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.service.search.ForumIndexEvents;
import org.gongxue.library.service.CoursePublished;
import org.gongxue.people.model.GroupKind;
import org.gongxue.people.model.PersonGroup;

/**
 * Every published course has its discussion space: opened when the course is first published
 * (in the publishing transaction, so a course is never published without it), brought up to date
 * with the course's title and audience when it is published again. Idempotent: one space per
 * course (a unique column), found again by the course's id.
 */
@ApplicationScoped
@Transactional
public class CourseDiscussions {

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    ForumIndexEvents indexEvents;

    void onPublished(@Observes CoursePublished course) {
        open(course);
    }

    /** @return the id of the course's discussion space */
    public long open(CoursePublished course) {
        String name = course.title().length() > SpaceService.MAX_NAME
                ? course.title().substring(0, SpaceService.MAX_NAME) : course.title();
        Optional<Space> existing = spaceOf(course.courseId());
        if (existing.isPresent()) {
            if (existing.get().follow(name, course.audienceKey())) {
                indexEvents.changed(existing.get());
            }
            return existing.get().getId();
        }
        String locality = em.createQuery("select c.localityCode from Course c where c.id = :id", String.class)
                .setParameter("id", course.courseId()).getSingleResult();
        // The space's own group stays empty: the course's audience says who takes part.
        PersonGroup group = new PersonGroup(name, GroupKind.SPACE, locality);
        em.persist(group);
        em.flush();
        Space space = Space.forCourse(course.courseId(), name, locality, group.getId(), course.audienceKey());
        em.persist(space);
        return space.getId();
    }

    /** The discussion space of a course, if it was ever published. */
    public Optional<Space> spaceOf(long courseId) {
        return em.createQuery("select s from Space s where s.courseId = :course", Space.class)
                .setParameter("course", courseId).getResultStream().findFirst();
    }
}
