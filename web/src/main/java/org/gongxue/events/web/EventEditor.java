package org.gongxue.events.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.gongxue.events.model.EventKind;
import org.gongxue.events.service.EventCatalog;
import org.gongxue.events.service.EventDraft;
import org.gongxue.events.service.EventNotFoundException;
import org.gongxue.events.service.EventService;
import org.gongxue.events.service.EventView;
import org.gongxue.events.service.SeriesService;
import org.gongxue.events.service.SeriesView;
import org.gongxue.library.service.LecturerService;
import org.gongxue.library.service.LecturerView;
import org.gongxue.people.service.CurrentActor;
import org.gongxue.platform.access.AccessDeniedException;
import org.gongxue.platform.access.Role;
import org.gongxue.platform.validation.InvalidInputException;
import org.gongxue.platform.web.PageMessages;
import org.gongxue.platform.web.PageRequests;

/**
 * Creating an event ({@code events/edit.xhtml}) or editing one ({@code ?id=…}). The service decides
 * who may: the form offers what an administrator might choose and shows the service's refusal.
 */
@Named
@ViewScoped
public class EventEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> LOCALITIES = List.of("QINGPU", "WUJIANG", "JIASHAN");
    static final List<String> AUDIENCES = List.of("zone", "locality:QINGPU", "locality:WUJIANG", "locality:JIASHAN");

    @Inject
    CurrentActor actor;

    @Inject
    EventCatalog catalog;

    @Inject
    EventService events;

    @Inject
    SeriesService series;

    @Inject
    LecturerService lecturers;

    private String id;
    private Long eventId;
    private Long seriesId;
    private String title;
    private String summary;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private String place;
    private String onlineUrl;
    private String hostLocalityCode;
    private String audience = "zone";
    private boolean approvalRequired;
    private Integer waitingLimit = 10;
    private final Map<String, Integer> quotas = new LinkedHashMap<>();
    private EventKind kind = EventKind.LECTURE;
    private List<LecturerView> speakers = new ArrayList<>();
    private String speakerQuery;
    private List<LecturerView> speakerMatches = List.of();

    /** The view action: an existing event fills the form; a new one starts in the administrator's locality. */
    public void load() throws IOException {
        LOCALITIES.forEach(locality -> quotas.putIfAbsent(locality, 0));
        if (id == null) {
            hostLocalityCode = actor.require().localityCode();
            return;
        }
        OptionalLong found = PageRequests.positive(id);
        try {
            if (found.isEmpty()) {
                throw new EventNotFoundException(id);
            }
            fill(catalog.find(actor.require(), found.getAsLong()));
        } catch (EventNotFoundException e) {
            PageRequests.notFound();
        }
    }

    private void fill(EventView event) {
        eventId = event.getId();
        seriesId = event.getSeries().getId();
        title = event.getTitle();
        summary = event.getSummary();
        startsAt = event.getStartsAt();
        endsAt = event.getEndsAt();
        place = event.getPlace();
        onlineUrl = event.getOnlineUrl();
        hostLocalityCode = event.getHostLocalityCode();
        audience = event.getAudience();
        approvalRequired = event.isApprovalRequired();
        waitingLimit = event.getWaitingLimit();
        event.getQuotas().forEach(quota -> quotas.put(quota.getLocalityCode(), quota.getSeats()));
        kind = event.getKind();
        speakers = new ArrayList<>(event.getSpeakers());
    }

    public String save() {
        Map<String, Integer> seats = new LinkedHashMap<>();
        quotas.forEach((locality, count) -> seats.put(locality, count == null ? 0 : count));
        EventDraft draft = new EventDraft(seriesId == null ? 0 : seriesId, title, summary, startsAt, endsAt, place,
                onlineUrl, hostLocalityCode, audience, approvalRequired, waitingLimit == null ? -1 : waitingLimit,
                seats, speakers.stream().map(LecturerView::getId).toList(), kind);
        try {
            long saved = eventId == null ? events.create(actor.require(), draft) : update(draft);
            return "/events/event?faces-redirect=true&id=" + saved;
        } catch (InvalidInputException e) {
            PageMessages.problems(e.problems());
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.editor.notYours");
        }
        return null;
    }

    private long update(EventDraft draft) {
        events.update(actor.require(), eventId, draft);
        return eventId;
    }

    public String cancelEvent() {
        try {
            events.cancel(actor.require(), eventId);
            return "/events/event?faces-redirect=true&id=" + eventId;
        } catch (AccessDeniedException e) {
            PageMessages.refused("events.editor.notYours");
            return null;
        }
    }

    public boolean isCreating() {
        return eventId == null;
    }

    /** Platform administrators host anywhere; locality administrators their locality, or shared events while chairing. */
    public List<String> getHostCodes() {
        return actor.require().has(Role.PLATFORM_ADMIN) ? List.of("QINGPU", "WUJIANG", "JIASHAN", "ZONE")
                : List.of(actor.require().localityCode(), "ZONE");
    }

    public List<String> getAudiences() {
        return AUDIENCES;
    }

    public List<String> getLocalities() {
        return LOCALITIES;
    }

    public List<SeriesView> getSeriesList() {
        return series.all();
    }

    /** Looks the typed name up among all lecturers (the list shows the first matches, not yet chosen). */
    public void findSpeakers() {
        speakerMatches = lecturers.matching(speakerQuery).stream()
                .filter(found -> speakers.stream().noneMatch(chosen -> chosen.getId() == found.getId())).toList();
    }

    public void addSpeaker(LecturerView speaker) {
        if (speakers.stream().noneMatch(chosen -> chosen.getId() == speaker.getId())) {
            speakers.add(speaker);
        }
        speakerMatches = speakerMatches.stream().filter(match -> match.getId() != speaker.getId()).toList();
    }

    public void removeSpeaker(long speakerId) {
        speakers.removeIf(chosen -> chosen.getId() == speakerId);
    }

    public List<EventKind> getKinds() {
        return List.of(EventKind.values());
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public List<LecturerView> getSpeakers() {
        return speakers;
    }

    public List<LecturerView> getSpeakerMatches() {
        return speakerMatches;
    }

    public String getSpeakerQuery() {
        return speakerQuery;
    }

    public void setSpeakerQuery(String speakerQuery) {
        this.speakerQuery = speakerQuery;
    }

    public Map<String, Integer> getQuotas() {
        return quotas;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getSeriesId() {
        return seriesId;
    }

    public void setSeriesId(Long seriesId) {
        this.seriesId = seriesId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineUrl() {
        return onlineUrl;
    }

    public void setOnlineUrl(String onlineUrl) {
        this.onlineUrl = onlineUrl;
    }

    public String getHostLocalityCode() {
        return hostLocalityCode;
    }

    public void setHostLocalityCode(String hostLocalityCode) {
        this.hostLocalityCode = hostLocalityCode;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public boolean isApprovalRequired() {
        return approvalRequired;
    }

    public void setApprovalRequired(boolean approvalRequired) {
        this.approvalRequired = approvalRequired;
    }

    public Integer getWaitingLimit() {
        return waitingLimit;
    }

    public void setWaitingLimit(Integer waitingLimit) {
        this.waitingLimit = waitingLimit;
    }

}
