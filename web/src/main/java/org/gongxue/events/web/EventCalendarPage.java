package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.List;
import java.util.OptionalLong;
import org.gongxue.events.model.EventStatus;
import org.gongxue.events.service.EventCatalog.EventWindow;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.SeriesDraft;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.SeriesView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.time.ZoneClock;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The events calendar ({@code events/index.xhtml?series=…&locality=…}): a month and a list view
 * (PrimeFaces schedule, loading only the range shown), the same events as a plain list of what is
 * coming (for screen readers and small phones), and the filters as a GET form, so that a filtered
 * calendar has an address.
 */
@Named
@ViewScoped
public class EventCalendarPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int UPCOMING_DAYS = 60;
    static final List<String> HOSTS = List.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE");

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    SeriesService series;

    @Inject
    SeriesNames seriesNames;

    private String seriesId;
    private String locality;
    private String newSeriesTitle;
    private String newSeriesSummary;
    private ScheduleModel schedule;
    private List<EventView> upcoming;

    public ScheduleModel getSchedule() {
        if (schedule == null) {
            schedule = new LazyScheduleModel() {
                private static final long serialVersionUID = 1L;

                @Override
                public void loadEvents(LocalDateTime start, LocalDateTime end) {
                    catalog.visibleTo(actor.require(), window(start, end)).forEach(event -> addEvent(entry(event)));
                }
            };
        }
        return schedule;
    }

    private DefaultScheduleEvent<Long> entry(EventView event) {
        return DefaultScheduleEvent.<Long>builder()
                .id(Long.toString(event.getId()))
                .title(seriesNames.of(event.getSeries()) + " · " + event.getTitle())
                .startDate(event.getStartsAt())
                .endDate(event.getEndsAt())
                .url("event.xhtml?id=" + event.getId())
                .styleClass(event.getStatus() == EventStatus.CANCELLED ? "gx-event-cancelled" : "gx-event")
                .build();
    }

    public List<EventView> getUpcoming() {
        if (upcoming == null) {
            LocalDateTime now = ZoneClock.now();
            upcoming = catalog.visibleTo(actor.require(), window(now, now.plusDays(UPCOMING_DAYS)));
        }
        return upcoming;
    }

    private EventWindow window(LocalDateTime from, LocalDateTime to) {
        OptionalLong chosenSeries = PageRequests.positive(seriesId);
        // List.of(…).contains(null) throws: no locality chosen is "every locality".
        String host = locality != null && HOSTS.contains(locality) ? locality : null;
        return new EventWindow(from, to, chosenSeries.isPresent() ? chosenSeries.getAsLong() : null, host);
    }

    /** Starts a series of the administrator's locality (a shared one is started through the API by the chair). */
    public void createSeries() {
        try {
            series.create(actor.require(), new SeriesDraft(newSeriesTitle, newSeriesSummary, null));
            PageMessages.info("events.series.created");
            newSeriesTitle = null;
            newSeriesSummary = null;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.editor.notYours");
        }
    }

    public boolean isOrganizer() {
        return actor.require().isAdministrator();
    }

    public boolean isCadre() {
        return actor.require().has(Role.CADRE);
    }

    public List<SeriesView> getSeriesList() {
        return series.all();
    }

    public List<String> getHosts() {
        return HOSTS;
    }

    public String getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(String seriesId) {
        this.seriesId = seriesId;
    }

    public String getNewSeriesTitle() {
        return newSeriesTitle;
    }

    public void setNewSeriesTitle(String newSeriesTitle) {
        this.newSeriesTitle = newSeriesTitle;
    }

    public String getNewSeriesSummary() {
        return newSeriesSummary;
    }

    public void setNewSeriesSummary(String newSeriesSummary) {
        this.newSeriesSummary = newSeriesSummary;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }
}
