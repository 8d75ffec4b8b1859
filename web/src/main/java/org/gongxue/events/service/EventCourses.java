package org.gongxue.events.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.library.service.CourseCatalog;
import org.gongxue.library.service.CourseCovers;
import org.gongxue.library.service.CourseNotFoundException;
import org.gongxue.library.service.CourseView;
import org.gongxue.library.service.MaterialService;
import org.gongxue.platform.access.Actor;

/**
 * After an event, its recording and materials join the library as a course of its series. The
 * organiser makes the course (a draft of theirs, EventCourseRecords); the event's slides and
 * readings are copied into its lecture through the library's MaterialService (the same checks,
 * processing and search as any upload), its poster becomes the course's cover; the recording itself is uploaded to that lecture through
 * the library's resumable upload (/api/uploads, the lecture page). Publishing is the library's:
 * the administrators of the course's locality publish it, as any course.
 */
@ApplicationScoped
public class EventCourses {

    private static final Logger LOG = Logger.getLogger(EventCourses.class.getName());

    @Inject
    EventCourseRecords records;

    @Inject
    EventFileRecords files;

    @Inject
    MaterialService materials;

    @Inject
    CourseCovers covers;

    @Inject
    CourseCatalog catalog;

    @Inject
    ContentStore store;

    @Inject
    EventAccess events;

    /**
     * Makes the course of a held event, copies its materials into the lecture and its poster as the
     * course's cover. A file the copy fails for (the store unreachable, a file the library refuses) is named in the answer,
     * for the organiser to add on the lecture page; the course stands.
     */
    public EventCourseView create(Actor actor, long eventId, String topicCode) {
        EventCourseRecords.Created created = records.create(actor, eventId, topicCode);
        List<String> notCopied = new ArrayList<>();
        for (EventFileAccess file : files.all(eventId)) {
            try (InputStream content = store.get(file.objectKey())) {
                if (file.kind().isMaterial()) {
                    materials.store(actor, created.lectureId(), file.kind().librarySlot(), file.originalName(),
                            content, file.size());
                } else {
                    covers.replace(actor, created.courseId(), file.originalName(), content, file.size());
                }
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Could not copy file " + file.fileId() + " of event " + eventId
                        + " into lecture " + created.lectureId(), e);
                notCopied.add(file.originalName());
            }
        }
        return new EventCourseView(eventId, created.lectureId(), catalog.find(actor, created.courseId()), notCopied);
    }

    /** The course the event became, if it did and the reader may see both. */
    public Optional<EventCourseView> of(Actor reader, long eventId) {
        events.visible(reader, eventId);
        return records.link(eventId).flatMap(link -> readable(reader, link.getCourseId())
                .map(course -> new EventCourseView(eventId, link.getLectureId(), course, List.of())));
    }

    /** The event a course was made from, for the course page, if the reader may see it. */
    public Optional<CourseOrigin> originOf(Actor reader, long courseId) {
        return records.origin(reader, courseId);
    }

    /** The courses of a series the reader may see (published, or theirs to edit), the latest event's first. */
    public List<CourseView> ofSeries(Actor reader, long seriesId) {
        return records.courseIdsOfSeries(seriesId).stream().map(id -> readable(reader, id))
                .flatMap(Optional::stream).toList();
    }

    private Optional<CourseView> readable(Actor reader, long courseId) {
        try {
            return Optional.of(catalog.find(reader, courseId));
        } catch (CourseNotFoundException hidden) {
            return Optional.empty();
        }
    }
}
