package org.gongxue.forum.service;

import java.time.Instant;
import org.gongxue.forum.model.Space;
import org.gongxue.forum.model.SpaceKind;
import org.gongxue.forum.model.SpaceVisibility;

/** A space as pages and the REST API show it, with what the viewer may do in it. */
public class SpaceView {

    private final long id;
    private final String name;
    private final String purpose;
    private final SpaceKind kind;
    private final SpaceVisibility visibility;
    private final String localityCode;
    private final Long courseId;
    private final Instant createdAt;
    private final boolean administrable;
    private final boolean moderatable;
    private final boolean closed;

    SpaceView(Space space, boolean administrable, boolean moderatable) {
        this.id = space.getId();
        this.name = space.getName();
        this.purpose = space.getPurpose();
        this.kind = space.getKind();
        this.visibility = space.getVisibility();
        this.localityCode = space.getLocalityCode();
        this.courseId = space.getCourseId();
        this.createdAt = space.getCreatedAt();
        this.administrable = administrable;
        this.moderatable = moderatable;
        this.closed = space.isClosed();
    }

    /** Closed (its event called off): readable, written in by moderators only. */
    public boolean isClosed() {
        return closed;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPurpose() {
        return purpose;
    }

    public SpaceKind getKind() {
        return kind;
    }

    public SpaceVisibility getVisibility() {
        return visibility;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** May the viewer manage the space's members and moderators? */
    public boolean isAdministrable() {
        return administrable;
    }

    /** May the viewer lock, pin and hide in the space? */
    public boolean isModeratable() {
        return moderatable;
    }
}
