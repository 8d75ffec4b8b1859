package org.gongxue.platform.access;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The audiences a reader belongs to. Either a finite set (filter content by it) or unrestricted
 * (platform administrators: every audience, including groups created after this was computed).
 */
public final class AudienceSet {

    private static final AudienceSet NOBODY = new AudienceSet(false, Set.of());
    private static final AudienceSet EVERYTHING = new AudienceSet(true, Set.of());

    private final boolean unrestricted;
    private final Set<Audience> audiences;

    private AudienceSet(boolean unrestricted, Set<Audience> audiences) {
        this.unrestricted = unrestricted;
        this.audiences = Set.copyOf(audiences);
    }

    /** A visitor who has not signed in: belongs to no audience. */
    public static AudienceSet none() {
        return NOBODY;
    }

    public static AudienceSet unrestricted() {
        return EVERYTHING;
    }

    public static AudienceSet of(Set<Audience> audiences) {
        return audiences.isEmpty() ? NOBODY : new AudienceSet(false, audiences);
    }

    /** True when no filter applies: the reader sees every audience. */
    public boolean isUnrestricted() {
        return unrestricted;
    }

    public boolean includes(Audience audience) {
        return unrestricted || audiences.contains(audience);
    }

    /** May a reader of this set see something shown to any of the given audiences? */
    public boolean includesAny(Set<Audience> shownTo) {
        return unrestricted || shownTo.stream().anyMatch(audiences::contains);
    }

    /**
     * The keys to filter stored content with (e.g. the search index's {@code audience} field).
     * Meaningless when {@link #isUnrestricted()}: callers then apply no filter at all.
     */
    public Set<String> keys() {
        return audiences.stream().map(Audience::key).collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String toString() {
        return unrestricted ? "AudienceSet[unrestricted]" : "AudienceSet" + keys();
    }
}
