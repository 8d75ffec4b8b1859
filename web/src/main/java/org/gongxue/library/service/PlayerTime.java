package org.gongxue.library.service;

/** Seconds of a recording as players show them. */
public final class PlayerTime {

    private PlayerTime() {
    }

    /** 75 → 1:15; 3725 → 1:02:05. */
    public static String format(int seconds) {
        int s = Math.max(0, seconds);
        int hours = s / 3600;
        int minutes = s % 3600 / 60;
        int rest = s % 60;
        return hours > 0 ? "%d:%02d:%02d".formatted(hours, minutes, rest) : "%d:%02d".formatted(minutes, rest);
    }
}
