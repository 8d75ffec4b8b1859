package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.OptionalLong;
import org.gongxue.events.service.EventCourses;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.SeriesView;
import org.gongxue.library.service.CourseView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.web.PageRequests;

/**
 * One series ({@code events/series.xhtml?id=…}): what it is, a link to its events in the calendar,
 * and the courses its held events became in the library (those the reader may see).
 */
@Named
@ViewScoped
public class SeriesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor actor;

    @Inject
    SeriesService series;

    @Inject
    EventCourses courses;

    private String id;
    private SeriesView shown;
    private List<CourseView> courseList;

    /** The view action. */
    public void load() throws IOException {
        OptionalLong seriesId = PageRequests.positive(id);
        shown = seriesId.isEmpty() ? null : series.all().stream().filter(s -> s.getId() == seriesId.getAsLong())
                .findFirst().orElse(null);
        if (shown == null) {
            PageRequests.notFound();
            return;
        }
        courseList = courses.ofSeries(actor.require(), shown.getId());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public SeriesView getSeries() {
        return shown;
    }

    public List<CourseView> getCourses() {
        return courseList;
    }
}
