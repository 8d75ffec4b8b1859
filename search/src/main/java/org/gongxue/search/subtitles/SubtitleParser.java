package org.gongxue.search.subtitles;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads SRT and WebVTT subtitle files into timed cues.
 *
 * <p>Teachers upload what their tools wrote, so the parser takes what browsers and players
 * take and more: UTF-8 with or without a byte order mark, UTF-16 with one, GBK; CRLF, CR or LF
 * line ends; WebVTT headers, NOTE/STYLE/REGION blocks and cue settings; SRT files whose blank
 * line between two cues is missing. Markup (italics, classes, voices, fonts, ASS codes) is
 * removed from the text. A broken cue is skipped and counted; no input, however odd, makes it
 * throw — only a failing stream does.
 *
 * <p>Input is read up to a byte limit and cues up to a count limit; a longer file gives the
 * cues within the limits and says it was truncated. Thread-safe.
 */
public final class SubtitleParser {

    /** Over ten times a three-hour lecture's subtitles. */
    public static final int DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
    /** A cue every second for more than two and a half hours; the index takes at most this many per document. */
    public static final int DEFAULT_MAX_CUES = 10_000;

    /** What starts WebVTT blocks that are not cues. */
    private static final List<String> NON_CUE_BLOCKS = List.of("WEBVTT", "NOTE", "STYLE", "REGION");

    private final int maxBytes;
    private final int maxCues;

    public SubtitleParser() {
        this(DEFAULT_MAX_BYTES, DEFAULT_MAX_CUES);
    }

    public SubtitleParser(int maxBytes, int maxCues) {
        if (maxBytes < 1 || maxCues < 1) {
            throw new IllegalArgumentException("subtitle limits must be positive: " + maxBytes + " bytes, " + maxCues + " cues");
        }
        this.maxBytes = maxBytes;
        this.maxCues = maxCues;
    }

    /**
     * Reads at most the byte limit (plus one byte, to know whether there was more) from the
     * stream and does not close it.
     *
     * @throws IOException only when reading the stream fails
     */
    public Subtitles parse(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(maxBytes + 1);
        boolean cut = bytes.length > maxBytes;
        String text = SubtitleCharsets.decode(bytes, Math.min(bytes.length, maxBytes), cut);
        Blocks blocks = new Blocks();
        for (String line : text.split("\r\n|\r|\n", -1)) {
            if (!blocks.accept(line)) {
                return blocks.result(true);
            }
        }
        return blocks.result(cut);
    }

    /** The state of the scan: the cue being read and the lines of a block that has no timing yet. */
    private final class Blocks {
        private final List<Cue> cues = new ArrayList<>();
        private int skipped;
        private final List<String> linesBeforeTiming = new ArrayList<>();
        private CueTiming timing;
        private final List<String> cueLines = new ArrayList<>();
        private boolean broken;

        /** @return false once the file has proved to hold more cues than the limit */
        boolean accept(String line) {
            if (line.isBlank()) {
                return endBlock();
            }
            if (CueTiming.looksLikeTiming(line)) {
                return startCue(line);
            }
            if (!broken) {
                (timing != null ? cueLines : linesBeforeTiming).add(line);
            }
            return true;
        }

        private boolean startCue(String line) {
            CueTiming next = CueTiming.parse(line);
            boolean withinLimit = true;
            if (timing != null) {
                // No blank line before this timing: the previous cue ends here, and a lone number
                // just before the timing is this cue's SRT counter, not the previous cue's text.
                if (!cueLines.isEmpty() && cueLines.get(cueLines.size() - 1).strip().matches("\\d+")) {
                    cueLines.remove(cueLines.size() - 1);
                }
                withinLimit = finishCue();
            }
            linesBeforeTiming.clear();
            if (next == null) {
                skipped++;
                broken = true;
            } else {
                broken = false;
                timing = next;
            }
            return withinLimit;
        }

        private boolean endBlock() {
            boolean withinLimit = true;
            if (timing != null) {
                withinLimit = finishCue();
            } else if (!linesBeforeTiming.isEmpty() && !broken && !isNonCueBlock(linesBeforeTiming.get(0))) {
                skipped++;
            }
            linesBeforeTiming.clear();
            broken = false;
            return withinLimit;
        }

        private boolean finishCue() {
            String text = CueText.of(cueLines);
            if (timing.endMillis() <= timing.startMillis() || text.isEmpty()) {
                skipped++;
            } else {
                cues.add(new Cue(timing.startMillis(), timing.endMillis(), text));
            }
            timing = null;
            cueLines.clear();
            // One cue past the limit proves the file had more; it is dropped in result().
            return cues.size() <= maxCues;
        }

        Subtitles result(boolean truncated) {
            if (timing != null || !linesBeforeTiming.isEmpty()) {
                endBlock();
            }
            List<Cue> ordered = new ArrayList<>(cues.subList(0, Math.min(cues.size(), maxCues)));
            ordered.sort(Comparator.comparingLong(Cue::startMillis));
            return new Subtitles(ordered, skipped, truncated);
        }
    }

    private static boolean isNonCueBlock(String firstLine) {
        String line = firstLine.strip();
        for (String start : NON_CUE_BLOCKS) {
            if (line.equals(start) || line.startsWith(start + " ") || line.startsWith(start + "\t")) {
                return true;
            }
        }
        return false;
    }
}
