package org.gongxue.library.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A resumable upload in progress. The bytes received so far are parts of an S3 multipart upload
 * ({@code s3UploadId}); this row only remembers what the upload is for, so that any server can
 * take the next chunk and an interrupted upload can resume. Deleted when the upload completes,
 * is cancelled, or expires (the sweeper aborts the multipart upload too).
 */
@Entity
@Table(name = "upload_session")
public class UploadSession {

    @Id
    private String id;

    @Column(name = "lecture_id", nullable = false, updatable = false)
    private long lectureId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private MaterialSlot slot;

    @Column(name = "original_name", nullable = false, updatable = false)
    private String originalName;

    @Column(name = "declared_size", nullable = false, updatable = false)
    private long declaredSize;

    @Column(name = "chunk_size", nullable = false, updatable = false)
    private int chunkSize;

    @Column(name = "object_key", nullable = false, updatable = false)
    private String objectKey;

    @Column(name = "s3_upload_id", nullable = false, updatable = false)
    private String s3UploadId;

    @Column(name = "replaces_material_id", updatable = false)
    private Long replacesMaterialId;

    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected UploadSession() {
    }

    public UploadSession(String id, long lectureId, MaterialSlot slot, String originalName, long declaredSize,
                         int chunkSize, String objectKey, String s3UploadId, Long replacesMaterialId, long createdBy,
                         Instant createdAt, Instant expiresAt) {
        this.id = id;
        this.lectureId = lectureId;
        this.slot = slot;
        this.originalName = originalName;
        this.declaredSize = declaredSize;
        this.chunkSize = chunkSize;
        this.objectKey = objectKey;
        this.s3UploadId = s3UploadId;
        this.replacesMaterialId = replacesMaterialId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Each chunk received keeps a live upload from being swept. */
    public void extendUntil(Instant newExpiry) {
        expiresAt = newExpiry;
    }

    public String getId() {
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

    public long getDeclaredSize() {
        return declaredSize;
    }

    public int getChunkSize() {
        return chunkSize;
    }

    public String getObjectKey() {
        return objectKey;
    }

    public String getS3UploadId() {
        return s3UploadId;
    }

    public Long getReplacesMaterialId() {
        return replacesMaterialId;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
