package org.gongxue.chair.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note of what was done towards a resolution; written once, never edited (it is a record). */
@Entity
@Table(name = "resolution_progress")
public class ResolutionProgress {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "resolution_id")
    private Resolution resolution;

    @Column(nullable = false)
    private String note;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ResolutionProgress() {
    }

    public ResolutionProgress(Resolution resolution, String note, String writtenBy, Instant writtenAt) {
        this.resolution = resolution;
        this.note = note;
        this.writtenBy = writtenBy;
        this.writtenAt = writtenAt;
    }

    public Long getId() {
        return id;
    }

    public String getNote() {
        return note;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }
}
