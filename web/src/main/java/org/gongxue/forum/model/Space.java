package org.gongxue.forum.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gongxue.platform.access.Audience;

/**
 * A forum space. Its members are the members of its person_group ({@link #getMemberGroupId()});
 * its audience key is stored so that queries filter threads by the reader's audiences directly.
 */
@Entity
@Table(name = "forum_space")
public class Space {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    private String purpose;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private SpaceKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SpaceVisibility visibility;

    @Column(name = "locality_code", nullable = false)
    private String localityCode;

    @Column(name = "member_group_id", nullable = false, updatable = false)
    private long memberGroupId;

    @Column(name = "audience_key", nullable = false)
    private String audienceKey;

    @Column(name = "course_id", updatable = false)
    private Long courseId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the space was closed (its event called off): readable still, written in by moderators only. */
    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private int version;

    protected Space() {
    }

    public Space(String name, String purpose, SpaceKind kind, String localityCode, long memberGroupId, Long courseId,
                 SpaceVisibility visibility) {
        this.name = name;
        this.purpose = purpose;
        this.kind = kind;
        this.localityCode = localityCode;
        this.memberGroupId = memberGroupId;
        this.courseId = courseId;
        this.createdAt = Instant.now();
        showTo(visibility);
    }

    /**
     * A course's discussion space. It is shown to the course's audience, whatever that is (the
     * zone, a locality, or a group such as a class), not to a group of its own.
     */
    public static Space forCourse(long courseId, String title, String localityCode, long memberGroupId,
                                  String courseAudienceKey) {
        Space space = new Space(title, null, SpaceKind.COURSE_DISCUSSION, localityCode, memberGroupId, courseId,
                SpaceVisibility.MEMBERS);
        space.follow(title, courseAudienceKey);
        return space;
    }

    /**
     * Brings a space that belongs to something else (a course, an event) in line with its owner:
     * its name, and the owner's audience as the key every read filters by; the listings show a
     * zone or locality audience as such and any group as members only. Whether anything changed.
     */
    public boolean follow(String ownerName, String ownerAudienceKey) {
        SpaceVisibility shownAs = ownerAudienceKey.equals(Audience.zone().key()) ? SpaceVisibility.ZONE
                : ownerAudienceKey.startsWith("locality:") ? SpaceVisibility.LOCALITY : SpaceVisibility.MEMBERS;
        boolean changed = !ownerName.equals(name) || !ownerAudienceKey.equals(audienceKey) || shownAs != visibility;
        this.name = ownerName;
        this.audienceKey = ownerAudienceKey;
        this.visibility = shownAs;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
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

    public long getMemberGroupId() {
        return memberGroupId;
    }

    public String getAudienceKey() {
        return audienceKey;
    }

    /**
     * Sets who sees the space, and with it the audience key every read filters by. A course's
     * discussion follows its course instead ({@link #follow}).
     */
    public void showTo(SpaceVisibility visibility) {
        this.visibility = visibility;
        this.audienceKey = switch (visibility) {
            case ZONE -> Audience.zone().key();
            case LOCALITY -> Audience.locality(localityCode).key();
            case MEMBERS -> Audience.group(memberGroupId).key();
        };
    }

    public void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Long getCourseId() {
        return courseId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
