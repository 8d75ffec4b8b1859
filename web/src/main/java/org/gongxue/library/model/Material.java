package org.gongxue.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.gongxue.platform.database.TrackedEntity;

/**
 * A file attached to a lecture (课件/资料). {@code objectKey} names the bytes as uploaded; the
 * processing worker fills in what it derives (rendition, poster, text, cues, duration) and moves
 * the state; everything derived can be made again from the original.
 */
@Entity
@Table(name = "material")
public class Material extends TrackedEntity {

    static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id", nullable = false, updatable = false)
    private Lecture lecture;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MaterialSlot slot;

    /** The name the file had on the uploader's computer, cleaned for display; never used as a path. */
    @Column(name = "original_name", nullable = false)
    private String originalName;

    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;

    /** The type detected from the bytes, not the one the name or the browser claimed. */
    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProcessingState state = ProcessingState.QUEUED;

    @Column(name = "failure_reason")
    private String failureReason;

    /** What a READY material lacks that its uploader should know (a bundle key), e.g. no poster without ffmpeg. */
    @Column(name = "processing_note")
    private String processingNote;

    @Column(name = "rendition_key")
    private String renditionKey;

    @Column(name = "poster_key")
    private String posterKey;

    @Column(name = "text_key")
    private String textKey;

    @Column(name = "cues_key")
    private String cuesKey;

    @Column(name = "duration_seconds")
    private Integer durationSeconds;

    /** Pages of a PDF, slides of a deck, sheets of a workbook: what a search hit can point at. */
    @Column(name = "section_count")
    private Integer sectionCount;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    protected Material() {
    }

    public Material(Lecture lecture, MaterialSlot slot, String originalName, String objectKey, String mediaType,
                    long sizeBytes, long uploadedBy) {
        this.lecture = lecture;
        this.slot = slot;
        this.originalName = originalName;
        this.objectKey = objectKey;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.uploadedBy = uploadedBy;
    }

    public void startProcessing() {
        state = ProcessingState.PROCESSING;
        failureReason = null;
        processingNote = null;
    }

    public void markReady() {
        markReady(null);
    }

    /** Ready, with what it lacks that the uploader should know (a bundle key), or null. */
    public void markReady(String note) {
        state = ProcessingState.READY;
        failureReason = null;
        processingNote = note;
    }

    /** Ends processing with a reason the uploader can act on (already in their words, or a bundle key). */
    public void markFailed(String reason) {
        state = ProcessingState.FAILED;
        processingNote = null;
        failureReason = reason == null || reason.length() <= MAX_REASON_LENGTH
                ? reason : reason.substring(0, MAX_REASON_LENGTH);
    }

    /** Back to the queue, e.g. for an administrator's "process again". */
    public void requeue() {
        state = ProcessingState.QUEUED;
        failureReason = null;
        processingNote = null;
    }

    public Long getId() {
        return id;
    }

    public Lecture getLecture() {
        return lecture;
    }

    public MaterialSlot getSlot() {
        return slot;
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

    public void setMediaType(String mediaType) {
        this.mediaType = mediaType;
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

    public String getProcessingNote() {
        return processingNote;
    }

    public String getRenditionKey() {
        return renditionKey;
    }

    public void setRenditionKey(String renditionKey) {
        this.renditionKey = renditionKey;
    }

    public String getPosterKey() {
        return posterKey;
    }

    public void setPosterKey(String posterKey) {
        this.posterKey = posterKey;
    }

    public String getTextKey() {
        return textKey;
    }

    public void setTextKey(String textKey) {
        this.textKey = textKey;
    }

    public String getCuesKey() {
        return cuesKey;
    }

    public void setCuesKey(String cuesKey) {
        this.cuesKey = cuesKey;
    }

    public Integer getDurationSeconds() {
        return durationSeconds;
    }

    public void setDurationSeconds(Integer durationSeconds) {
        this.durationSeconds = durationSeconds;
    }

    public Integer getSectionCount() {
        return sectionCount;
    }

    public void setSectionCount(Integer sectionCount) {
        this.sectionCount = sectionCount;
    }

    public long getUploadedBy() {
        return uploadedBy;
    }
}
