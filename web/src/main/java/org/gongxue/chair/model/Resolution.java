package org.gongxue.chair.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A decision of a work meeting (决议): what is to be done, which locality's office owns it, by
 * when; its progress notes until it is marked done.
 */
@Entity
@Table(name = "resolution")
public class Resolution extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private WorkMeeting meeting;

    @Column(nullable = false)
    private String text;

    @Column(name = "owner_locality_code", nullable = false)
    private String ownerLocalityCode;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "done_by")
    private String doneBy;

    @OneToMany(mappedBy = "resolution")
    @OrderBy("writtenAt, id")
    private List<ResolutionProgress> progress = new ArrayList<>();

    protected Resolution() {
    }

    public Resolution(WorkMeeting meeting, String text, String ownerLocalityCode, LocalDate dueOn) {
        this.meeting = meeting;
        this.text = text;
        this.ownerLocalityCode = ownerLocalityCode;
        this.dueOn = dueOn;
    }

    public void markDone(Instant at, String by) {
        doneAt = at;
        doneBy = by;
    }

    public boolean isDone() {
        return doneAt != null;
    }

    public Long getId() {
        return id;
    }

    public WorkMeeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public String getOwnerLocalityCode() {
        return ownerLocalityCode;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getDoneAt() {
        return doneAt;
    }

    public String getDoneBy() {
        return doneBy;
    }

    public List<ResolutionProgress> getProgress() {
        return progress;
    }
}
