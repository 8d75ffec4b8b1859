package org.gongxue.search.subtitles;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.List;

/**
 * Writes cues as a WebVTT file, the only format a browser's {@code <track>} element plays:
 * an uploaded SRT file is served through this.
 */
public final class WebVttWriter {

    private WebVttWriter() {}

    /**
     * Writes the cues in the order given (as {@link SubtitleParser} returns them, by start time)
     * in UTF-8; flushes the stream but does not close it. Text is escaped, so that a cue's
     * {@code <} or {@code &} is shown as written rather than read as markup, and a blank line
     * inside a cue's text, which would end the cue, is dropped.
     */
    public static void write(List<Cue> cues, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, UTF_8));
        writer.write("WEBVTT\n");
        for (Cue cue : cues) {
            writer.write('\n');
            writer.write(timestamp(cue.startMillis()) + " --> " + timestamp(cue.endMillis()) + "\n");
            for (String line : cue.text().split("\r\n|\r|\n")) {
                if (!line.isBlank()) {
                    writer.write(escaped(line));
                    writer.write('\n');
                }
            }
        }
        writer.flush();
    }

    /** {@code hh:mm:ss.ttt}; hours take more digits past 99. */
    static String timestamp(long millis) {
        long seconds = millis / 1000;
        return String.format("%02d:%02d:%02d.%03d", seconds / 3600, seconds / 60 % 60, seconds % 60, millis % 1000);
    }

    // Escaping > as well keeps "-->" out of the text, where it would end the cue's payload.
    private static String escaped(String line) {
        return line.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
