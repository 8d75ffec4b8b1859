package org.gongxue.search.subtitles;

import java.util.Objects;

/**
 * One timed line of a lecture's subtitles: what is said from {@code startMillis} until
 * {@code endMillis}, as plain text (no markup; lines separated by {@code \n}).
 */
public record Cue(long startMillis, long endMillis, String text) {

    public Cue {
        if (startMillis < 0) {
            throw new IllegalArgumentException("a cue cannot start before 0: " + startMillis);
        }
        // WebVTT requires the end after the start; a cue of no length is never shown.
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException("a cue must end after it starts: " + startMillis + " → " + endMillis);
        }
        Objects.requireNonNull(text, "text");
    }

    /** The whole second the cue starts in: where a player jumps to show it. */
    public int startSecond() {
        return (int) Math.min(Integer.MAX_VALUE, startMillis / 1000);
    }
}
