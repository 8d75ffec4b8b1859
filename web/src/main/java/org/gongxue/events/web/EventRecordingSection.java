package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.service.EventCourseView;
import org.gongxue.events.service.EventCourses;
import org.gongxue.events.service.EventView;
import org.gongxue.library.service.TopicCatalog;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.web.PageMessages;

/**
 * The recording on an event's page (WEB-INF/events/event-recording.xhtml): once the event has
 * been held its organisers make it a course of the series (they pick the library topic) and go on
 * to the library's lecture page to upload the recording; afterwards everyone who may see the
 * course finds it linked here.
 */
@Named
@ViewScoped
public class EventRecordingSection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    EventCourses courses;

    @Inject
    TopicCatalog topics;

    private String topicCode;
    private EventCourseView course;
    private Long loadedFor;

    /** The course the event became, if the reader may see it; null otherwise. */
    public EventCourseView course(EventView event) {
        if (loadedFor == null || loadedFor != event.getId()) {
            course = courses.of(actor.require(), event.getId()).orElse(null);
            loadedFor = event.getId();
        }
        return course;
    }

    /** Offered to the event's organisers once it was held, until it has its course. */
    public boolean offered(EventView event) {
        return event.isOrganizable() && event.getStatus() == EventStatus.SCHEDULED
                && !event.getEndsAt().isAfter(ZoneClock.now()) && course(event) == null;
    }

    /** Makes the course and goes on to its lecture, where the recording is uploaded. */
    public String makeCourse(EventView event) {
        EventCourseView[] made = new EventCourseView[1];
        if (!EventFaces.attempt(() -> made[0] = courses.create(actor.require(), event.getId(), topicCode))) {
            return null;
        }
        loadedFor = null;
        if (!made[0].getMaterialsNotCopied().isEmpty()) {
            PageMessages.refused("events.recording.notCopied");
            return null;
        }
        return "/library/teach/lecture?faces-redirect=true&id=" + made[0].getLectureId();
    }

    public List<String> getTopics() {
        return topics.codes();
    }

    public String getTopicCode() {
        return topicCode;
    }

    public void setTopicCode(String topicCode) {
        this.topicCode = topicCode;
    }
}
