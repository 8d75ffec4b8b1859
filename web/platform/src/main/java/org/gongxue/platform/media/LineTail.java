package org.gongxue.platform.media;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines of a text stream, each cut to a bounded length: what an error stream says at the
 * end (where ffmpeg writes why it failed) without holding a verbose tool's whole output.
 */
final class LineTail {

    static final int MAX_LINE_LENGTH = 500;

    private final int maxLines;
    private final Deque<String> lines = new ArrayDeque<>();

    LineTail(int maxLines) {
        if (maxLines <= 0) {
            throw new IllegalArgumentException("maxLines must be positive, was " + maxLines);
        }
        this.maxLines = maxLines;
    }

    synchronized void add(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        if (lines.size() == maxLines) {
            lines.removeFirst();
        }
        lines.addLast(trimmed.length() > MAX_LINE_LENGTH ? trimmed.substring(0, MAX_LINE_LENGTH) + "…" : trimmed);
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }
}
