package org.gongxue.forum.service.search;

/**
 * The key of a forum indexing event: where something changed ({@code thread:5}, {@code space:3},
 * {@code attachment:8}, the forms of the audit log's targets), so that one topic serves every
 * change. A changed post is marked and keyed by its thread, so that one event serves a burst.
 */
public record ForumIndexKey(Scope scope, long id) {

    /**
     * What the event re-indexes: the marked posts of a thread, or every post of a space; or a new
     * attachment, whose text is read first and then its post re-indexed.
     */
    public enum Scope { THREAD, SPACE, ATTACHMENT }

    public static ForumIndexKey thread(long id) {
        return new ForumIndexKey(Scope.THREAD, id);
    }

    public static ForumIndexKey attachment(long id) {
        return new ForumIndexKey(Scope.ATTACHMENT, id);
    }

    public static ForumIndexKey space(long id) {
        return new ForumIndexKey(Scope.SPACE, id);
    }

    /** @throws IllegalArgumentException for text that is no key (an event written by a bug) */
    public static ForumIndexKey parse(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a forum index key: " + key);
        }
        return new ForumIndexKey(Scope.valueOf(key.substring(0, colon).toUpperCase(java.util.Locale.ROOT)),
                Long.parseLong(key.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return scope.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
