package org.gongxue.forum.service.attachment;

import org.gongxue.forum.model.Attachment;

/** An attachment as a post shows it: name, type and size, and where to download it. */
public class AttachmentView {

    private final long id;
    private final long postId;
    private final String fileName;
    private final String mediaType;
    private final long size;

    AttachmentView(Attachment attachment) {
        this.id = attachment.getId();
        this.postId = attachment.getPost().getId();
        this.fileName = attachment.getFileName();
        this.mediaType = attachment.getMediaType();
        this.size = attachment.getSize();
    }

    public long getId() {
        return id;
    }

    public long getPostId() {
        return postId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    /** The size for people: KB below a megabyte, MB above. */
    public String getSizeText() {
        return size < 1024 * 1024 ? Math.max(1, size / 1024) + " KB" : String.format("%.1f MB", size / (1024.0 * 1024));
    }

    /** The download address, relative to the site. */
    public String getLink() {
        return "/api/forum/attachments/" + id;
    }
}
