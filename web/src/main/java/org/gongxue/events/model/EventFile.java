package org.gongxue.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongxue.platform.database.TrackedEntity;

/** A file of an event (its poster, slides or a reading), stored in the object store under {@link #getObjectKey()}. */
@Entity
@Table(name = "event_file")
public class EventFile extends TrackedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private EventFileKind kind;

    /** The name as the uploader's computer had it, cleaned; for display only. */
    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;

    /** The type detected from the bytes, which is the type the file is served as. */
    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "alt_text")
    private String altText;

    @Column(name = "uploaded_by", nullable = false)
    private long uploadedBy;

    protected EventFile() {
    }

    public EventFile(Event event, EventFileKind kind, String originalName, String objectKey, String mediaType,
                     long size, String altText, long uploadedBy) {
        this.event = event;
        this.kind = kind;
        this.originalName = originalName;
        this.objectKey = objectKey;
        this.mediaType = mediaType;
        this.size = size;
        this.altText = altText;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public Event getEvent() {
        return event;
    }

    public EventFileKind getKind() {
        return kind;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getAltText() {
        return altText;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }
}
