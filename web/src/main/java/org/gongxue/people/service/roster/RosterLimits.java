package org.gongxue.people.service.roster;

/**
 * How much one import may bring, so that a wrong or hostile file cannot fill the server's memory.
 *
 * @param maxBytes         the largest upload
 * @param maxUnpackedBytes the most an .xlsx may unpack to (a zip bomb stops here)
 * @param maxRows          the most people in one roster, not counting the header
 */
public record RosterLimits(long maxBytes, long maxUnpackedBytes, int maxRows) {

    private static final long MEGABYTE = 1024 * 1024;

    /** 5 MB holds tens of thousands of rows; a department's roster has hundreds. */
    public static final RosterLimits DEFAULTS = new RosterLimits(5 * MEGABYTE, 50 * MEGABYTE, 5_000);

    public RosterLimits {
        if (maxBytes <= 0 || maxUnpackedBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("Roster limits must be positive");
        }
    }

    /** The upload limit as messages state it. */
    long maxMegabytes() {
        return Math.max(1, maxBytes / MEGABYTE);
    }
}
