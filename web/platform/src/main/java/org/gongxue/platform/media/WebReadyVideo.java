package org.gongxue.platform.media;

/**
 * A web-ready copy that {@link VideoProcessor#makeWebReady} wrote.
 *
 * @param conversion what it took
 * @param result     the probe of the copy (MP4, H.264, AAC or no sound, index first)
 */
public record WebReadyVideo(Conversion conversion, MediaInfo result) {

    /** How the copy was made. */
    public enum Conversion {
        /** The streams were already H.264/AAC and were copied into a new MP4 with its index first: seconds. */
        REMUXED,
        /** The picture (and sound, unless AAC) were encoded again: about as long as the video plays. */
        TRANSCODED
    }
}
