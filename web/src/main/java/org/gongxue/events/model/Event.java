package org.gongxue.events.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gongxue.library.model.Lecturer;
import org.gongxue.platform.database.TrackedEntity;

/**
 * One event of a series: a lecture, a salon, a symposium. Times are the zone's wall-clock time
 * (Asia/Shanghai). Seats are given per locality ({@link #getQuotas()}); the capacity is their sum.
 */
@Entity
@Table(name = "event")
public class Event extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "series_id")
    private EventSeries series;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Column(name = "starts_at", nullable = false)
    private LocalDateTime startsAt;

    @Column(name = "ends_at", nullable = false)
    private LocalDateTime endsAt;

    private String place;

    @Column(name = "online_url")
    private String onlineUrl;

    /** The locality that hosts it; ZONE for shared events, organized by the chair of the period. */
    @Column(name = "host_locality_code", nullable = false)
    private String hostLocalityCode;

    /** The key of the audience that may see the event and register (see platform.access.Audience). */
    @Column(nullable = false)
    private String audience;

    @Column(name = "approval_required", nullable = false)
    private boolean approvalRequired;

    /** How many may wait for a seat, per locality; beyond it registration is refused. */
    @Column(name = "waiting_limit", nullable = false)
    private int waitingLimit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventStatus status = EventStatus.SCHEDULED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EventKind kind = EventKind.LECTURE;

    @ManyToMany
    @JoinTable(name = "event_speaker", joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "lecturer_id"))
    @OrderColumn(name = "position")
    private List<Lecturer> speakers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "event_quota", joinColumns = @JoinColumn(name = "event_id"))
    @MapKeyColumn(name = "locality_code")
    @Column(name = "seats", nullable = false)
    private Map<String, Integer> quotas = new LinkedHashMap<>();

    protected Event() {
    }

    public Event(EventSeries series) {
        this.series = series;
    }

    public int capacity() {
        return quotas.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int seatsFor(String localityCode) {
        return quotas.getOrDefault(localityCode, 0);
    }

    public Long getId() {
        return id;
    }

    public EventSeries getSeries() {
        return series;
    }

    public void setSeries(EventSeries series) {
        this.series = series;
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

    public int getWaitingLimit() {
        return waitingLimit;
    }

    public void setWaitingLimit(int waitingLimit) {
        this.waitingLimit = waitingLimit;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public EventKind getKind() {
        return kind;
    }

    public void setKind(EventKind kind) {
        this.kind = kind;
    }

    public List<Lecturer> getSpeakers() {
        return speakers;
    }

    public Map<String, Integer> getQuotas() {
        return quotas;
    }
}
