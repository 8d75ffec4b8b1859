package org.gongxue.search.subtitles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timing line of a cue, {@code 00:01:02,500 --> 00:01:05,000} in SRT or
 * {@code 01:02.500 --> 01:05.000 align:start} in WebVTT. Read leniently: a comma or a dot before
 * the milliseconds, hours optional, one to three digits of fraction; whatever follows the end
 * time (WebVTT cue settings, SRT coordinates) is ignored.
 */
record CueTiming(long startMillis, long endMillis) {

    private static final String TIME = "(?:(\\d{1,5}):)?(\\d{1,2}):(\\d{1,2})[,.](\\d{1,3})";
    private static final Pattern LINE = Pattern.compile("\\s*" + TIME + "\\s*-->\\s*" + TIME + "(?:\\s.*)?");
    private static final String ARROW = "-->";

    static boolean looksLikeTiming(String line) {
        return line.contains(ARROW);
    }

    /** The timing, or null when the line is not one (a broken cue). */
    static CueTiming parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return null;
        }
        long start = millis(matcher, 1);
        long end = millis(matcher, 5);
        return start < 0 || end < 0 ? null : new CueTiming(start, end);
    }

    /** Milliseconds of the time whose hour group is {@code first}; -1 for minutes or seconds past 59. */
    private static long millis(Matcher matcher, int first) {
        long hours = matcher.group(first) == null ? 0 : Long.parseLong(matcher.group(first));
        int minutes = Integer.parseInt(matcher.group(first + 1));
        int seconds = Integer.parseInt(matcher.group(first + 2));
        if (minutes > 59 || seconds > 59) {
            return -1;
        }
        // ",5" is half a second: the digits are a decimal fraction.
        String fraction = (matcher.group(first + 3) + "00").substring(0, 3);
        return ((hours * 60 + minutes) * 60 + seconds) * 1000 + Integer.parseInt(fraction);
    }
}
