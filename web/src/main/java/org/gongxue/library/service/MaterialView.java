package org.gongxue.library.service;

import java.time.Instant;
import org.gongxue.library.model.Material;
import org.gongxue.library.model.MaterialSlot;
import org.gongxue.library.model.ProcessingState;

/**
 * What views and the REST API see of a material: its state and what processing made of it, never
 * its object keys (the bytes are reached through the streaming endpoint, which checks the reader).
 */
public final class MaterialView {

    private final long id;
    private final long lectureId;
    private final MaterialSlot slot;
    private final String originalName;
    private final String mediaType;
    private final long sizeBytes;
    private final ProcessingState state;
    private final String failureReason;
    private final String processingNote;
    private final Integer durationSeconds;
    private final Integer sectionCount;
    private final boolean poster;
    private final boolean webReady;
    private final boolean cues;
    private final Instant createdAt;

    MaterialView(Material material) {
        this.id = material.getId();
        this.lectureId = material.getLecture().getId();
        this.slot = material.getSlot();
        this.originalName = material.getOriginalName();
        this.mediaType = material.getMediaType();
        this.sizeBytes = material.getSizeBytes();
        this.state = material.getState();
        this.failureReason = material.getFailureReason();
        this.processingNote = material.getProcessingNote();
        this.durationSeconds = material.getDurationSeconds();
        this.sectionCount = material.getSectionCount();
        this.poster = material.getPosterKey() != null;
        this.webReady = material.getRenditionKey() != null;
        this.cues = material.getCuesKey() != null;
        this.createdAt = material.getCreatedAt();
    }

    public long getId() {
        return id;
    }

    public long getLectureId() {
        return lectureId;
    }

    public MaterialSlot getSlot() {
        return slot;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public ProcessingState getState() {
        return state;
    }

    public String getFailureReason() {
        return failureReason;
    }

    /** What a ready material lacks that its uploader should know: a bundle key, or null. */
    public String getProcessingNote() {
        return processingNote;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public Integer getSectionCount() {
        return sectionCount;
    }

    public boolean isPoster() {
        return poster;
    }

    public boolean isWebReady() {
        return webReady;
    }

    public boolean isCues() {
        return cues;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
