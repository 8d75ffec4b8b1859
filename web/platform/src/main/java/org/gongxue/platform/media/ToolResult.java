package org.gongxue.platform.media;

import java.nio.file.Path;
import java.util.List;

/**
 * How one run of ffmpeg or ffprobe ended.
 *
 * @param exitCode   the process's exit code; meaningless when timed out
 * @param timedOut   the run passed its time limit and was killed
 * @param stdout     what the tool wrote to standard output (ffprobe's report), or empty
 * @param stderrTail the last lines of its error stream
 */
record ToolResult(int exitCode, boolean timedOut, String stdout, List<String> stderrTail) {

    boolean succeeded() {
        return !timedOut && exitCode == 0;
    }

    /** The line that most likely says why the tool failed: its last one. */
    String lastLine() {
        return stderrTail.isEmpty() ? "no message" : stderrTail.get(stderrTail.size() - 1);
    }

    /**
     * The last line without the names of the given files, which ffmpeg puts in front of its
     * messages ("file:/tmp/…/upload.bin: Invalid data…") and which mean nothing to a teacher.
     */
    String lastLineWithout(Path... files) {
        String line = lastLine();
        for (Path file : files) {
            String url = "file:" + file.toAbsolutePath();
            line = line.replace(url + ": ", "").replace(url, "the file");
        }
        return line;
    }
}
