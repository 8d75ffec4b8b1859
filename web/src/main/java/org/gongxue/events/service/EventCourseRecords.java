package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventCourse;
import org.gongxue.events.model.EventStatus;
import org.gongxue.library.model.CourseLevel;
import org.gongxue.library.model.Lecturer;
import org.gongxue.library.service.CourseDraft;
import org.gongxue.library.service.CourseService;
import org.gongxue.library.service.LectureDraft;
import org.gongxue.platform.access.Actor;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;

/**
 * The database side of events becoming courses: the course, its lecture and the link in one
 * transaction, through the library's own CourseService (its checks, audit and indexing), so a
 * refusal anywhere leaves no course, no lecture and no link.
 */
@ApplicationScoped
@Transactional
class EventCourseRecords {

    /** The library's bounds for credit hours. */
    private static final BigDecimal MIN_HOURS = new BigDecimal("0.5");
    private static final BigDecimal MAX_HOURS = new BigDecimal("100");
    private static final int MAX_SUMMARY = 4000;

    @PersistenceContext(unitName = "gongxue")
    EntityManager em;

    @Inject
    EventAccess events;

    @Inject
    CourseService courses;

    @Inject
    AuditLog audit;

    /**
     * Makes the held event a draft course of its series: the event's title, speakers as lecturers,
     * audience, and its series, day and summary as the course's summary; credit hours from its
     * length. The course belongs to the host locality when the organiser administers it, else (a
     * shared event organised by the chair) to the organiser's locality, as any course they write.
     */
    Created create(Actor actor, long eventId, String topicCode) {
        Event event = events.organized(actor, eventId);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw InvalidInputException.of(null, "events.recording.cancelled");
        }
        if (event.getEndsAt().isAfter(ZoneClock.now())) {
            throw InvalidInputException.of(null, "events.recording.notHeld");
        }
        if (em.find(EventCourse.class, eventId) != null) {
            throw InvalidInputException.of(null, "events.recording.exists");
        }
        String locality = actor.mayAdminister(event.getHostLocalityCode()) ? event.getHostLocalityCode()
                : actor.localityCode();
        long courseId = courses.create(actor, new CourseDraft(event.getTitle(), summary(event), topicCode, Set.of(),
                CourseLevel.GENERAL, creditHours(Duration.between(event.getStartsAt(), event.getEndsAt())), locality,
                event.getAudience(), event.getSpeakers().stream().map(Lecturer::getId).toList()));
        long lectureId = courses.addLecture(actor, courseId, new LectureDraft(event.getTitle(), event.getPlace()));
        em.persist(new EventCourse(eventId, courseId, lectureId, actor.personId()));
        audit.record(actor, AuditAction.EVENT_COURSE_CREATED, EventService.target(event), "course:" + courseId);
        return new Created(courseId, lectureId);
    }

    Optional<EventCourse> link(long eventId) {
        return Optional.ofNullable(em.find(EventCourse.class, eventId));
    }

    /** The event the course was made from, if any and if the reader may see it. */
    Optional<CourseOrigin> origin(Actor reader, long courseId) {
        return em.createQuery("select l.eventId from EventCourse l where l.courseId = :course", Long.class)
                .setParameter("course", courseId).getResultStream().findFirst().flatMap(eventId -> {
                    try {
                        return Optional.of(new CourseOrigin(events.visible(reader, eventId)));
                    } catch (EventNotFoundException hidden) {
                        return Optional.empty();
                    }
                });
    }

    /** The courses made from the series' events, the latest event first. */
    List<Long> courseIdsOfSeries(long seriesId) {
        return em.createQuery("select l.courseId from EventCourse l, Event e where e.id = l.eventId"
                        + " and e.series.id = :series order by e.startsAt desc, e.id desc", Long.class)
                .setParameter("series", seriesId).getResultList();
    }

    /** The series, day and summary of the event: a course of a series says so wherever it is found. */
    private static String summary(Event event) {
        String heading = event.getSeries().getTitle() + " · " + event.getStartsAt().toLocalDate();
        String text = event.getSummary() == null ? heading : heading + "\n" + event.getSummary();
        return text.length() <= MAX_SUMMARY ? text : text.substring(0, MAX_SUMMARY);
    }

    /** The event's length in hours, to the half hour, within the library's bounds. */
    static BigDecimal creditHours(Duration length) {
        BigDecimal halfHours = BigDecimal.valueOf(length.toMinutes()).divide(BigDecimal.valueOf(30), 0,
                RoundingMode.HALF_UP);
        BigDecimal hours = halfHours.divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
        return hours.max(MIN_HOURS).min(MAX_HOURS);
    }

    /** The course and lecture just made. */
    record Created(long courseId, long lectureId) {
    }
}
