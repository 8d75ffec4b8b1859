package org.gongxue.events.service;

import java.time.LocalDateTime;
import java.util.List;
import org.gongxue.events.model.Event;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.model.EventStatus;
import org.gongxue.library.service.LecturerView;

/**
 * What pages and the REST API see of an event, for one reader: {@code organizable} says whether
 * that reader organizes it. A class with getters: Faces EL cannot read records.
 */
public final class EventView {

    private final long id;
    private final SeriesView series;
    private final String title;
    private final String summary;
    private final LocalDateTime startsAt;
    private final LocalDateTime endsAt;
    private final String place;
    private final String onlineUrl;
    private final String hostLocalityCode;
    private final String audience;
    private final boolean approvalRequired;
    private final int waitingLimit;
    private final EventStatus status;
    private final EventKind kind;
    private final List<LecturerView> speakers;
    private final List<QuotaView> quotas;
    private final boolean organizable;

    EventView(Event event, List<QuotaView> quotas, boolean organizable) {
        this.id = event.getId();
        this.series = new SeriesView(event.getSeries());
        this.title = event.getTitle();
        this.summary = event.getSummary();
        this.startsAt = event.getStartsAt();
        this.endsAt = event.getEndsAt();
        this.place = event.getPlace();
        this.onlineUrl = event.getOnlineUrl();
        this.hostLocalityCode = event.getHostLocalityCode();
        this.audience = event.getAudience();
        this.approvalRequired = event.isApprovalRequired();
        this.waitingLimit = event.getWaitingLimit();
        this.status = event.getStatus();
        this.kind = event.getKind();
        this.speakers = event.getSpeakers().stream().map(LecturerView::new).toList();
        this.quotas = List.copyOf(quotas);
        this.organizable = organizable;
    }

    public long getId() {
        return id;
    }

    public SeriesView getSeries() {
        return series;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public String getHostLocalityCode() {
        return hostLocalityCode;
    }

    public String getAudience() {
        return audience;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public int getWaitingLimit() {
        return waitingLimit;
    }

    public EventStatus getStatus() {
        return status;
    }

    public EventKind getKind() {
        return kind;
    }

    public List<LecturerView> getSpeakers() {
        return speakers;
    }

    public List<QuotaView> getQuotas() {
        return quotas;
    }

    public int getCapacity() {
        return quotas.stream().mapToInt(QuotaView::getSeats).sum();
    }

    public boolean isOrganizable() {
        return organizable;
    }
}
