package org.gongxue.platform.access;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a thing is shown to: the whole zone, one locality, or one named group. Its {@link #key()}
 * is the exact string stored with content and in the search index's {@code audience} field:
 * {@code zone}, {@code locality:QINGPU}, {@code group:42}.
 */
public final class Audience {

    private static final String ZONE_KEY = "zone";
    private static final String LOCALITY_PREFIX = "locality:";
    private static final String GROUP_PREFIX = "group:";
    private static final Pattern LOCALITY_CODE = Pattern.compile("[A-Z][A-Z_]{1,15}");

    private static final Audience ZONE = new Audience(ZONE_KEY);

    private final String key;

    private Audience(String key) {
        this.key = key;
    }

    public static Audience zone() {
        return ZONE;
    }

    public static Audience locality(String localityCode) {
        if (localityCode == null || !LOCALITY_CODE.matcher(localityCode).matches()) {
            throw new IllegalArgumentException("Not a locality code: " + localityCode);
        }
        // The zone as a locality is the zone audience: everyone signed in belongs to it.
        return "ZONE".equals(localityCode) ? ZONE : new Audience(LOCALITY_PREFIX + localityCode);
    }

    public static Audience group(long groupId) {
        if (groupId <= 0) {
            throw new IllegalArgumentException("Not a group id: " + groupId);
        }
        return new Audience(GROUP_PREFIX + groupId);
    }

    /** Reads a stored key back; rejects anything that is not one of the three forms. */
    public static Audience parse(String key) {
        if (ZONE_KEY.equals(key)) {
            return ZONE;
        }
        if (key != null && key.startsWith(LOCALITY_PREFIX)) {
            return locality(key.substring(LOCALITY_PREFIX.length()));
        }
        if (key != null && key.startsWith(GROUP_PREFIX)) {
            try {
                return group(Long.parseLong(key.substring(GROUP_PREFIX.length())));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Not an audience: " + key, e);
            }
        }
        throw new IllegalArgumentException("Not an audience: " + key);
    }

    public String key() {
        return key;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Audience audience && audience.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
