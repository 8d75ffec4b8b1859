package org.gongxue.platform.media;

import java.util.List;
import java.util.Objects;

/**
 * A video could not be read or made. The message says what happened in words a teacher (or, for
 * {@link Reason#TOOLS_MISSING}, an administrator) can act on; {@link #reason()} lets a page show
 * the same in the reader's language; {@link #toolOutput()} keeps the last lines ffmpeg wrote, for
 * the log.
 */
public class MediaException extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong, from the point of view of whoever has to act. */
    public enum Reason {
        /** ffmpeg or ffprobe is missing or unusable on this server: an administrator must install or configure it. */
        TOOLS_MISSING,
        /** The bytes are not a video ffmpeg can read: the uploader should export the video again. */
        UNREADABLE,
        /** The file is a readable container without a picture (sound only, or data). */
        NO_VIDEO,
        /** The work ran past its time limit and was stopped. */
        TIMED_OUT,
        /** ffmpeg failed for another reason (disk full, a defect in the file midway, …): see the tool output. */
        FAILED
    }

    private final Reason reason;
    private final List<String> toolOutput;

    public MediaException(Reason reason, String message, List<String> toolOutput) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.toolOutput = List.copyOf(toolOutput);
    }

    public MediaException(Reason reason, String message) {
        this(reason, message, List.of());
    }

    public Reason reason() {
        return reason;
    }

    /** The last lines ffmpeg or ffprobe wrote to its error stream; empty when no tool ran. */
    public List<String> toolOutput() {
        return toolOutput;
    }
}
