package org.gongxue.platform.media;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What ffprobe found in a file, and whether browsers can play it as it is.
 *
 * @param container ffprobe's format name, e.g. {@code mov,mp4,m4a,3gp,3g2,mj2} or {@code matroska,webm}
 * @param brand     the MP4 major brand ({@code isom}, {@code mp42}, {@code qt  } for QuickTime), or
 *                  empty when the container has none
 * @param duration  how long it plays, when the container says
 * @param video     the first video stream that is not an attached cover picture
 * @param audio     the first audio stream
 * @param faststart the index ({@code moov}) comes before the media data, so that a player can start
 *                  before the whole file has arrived; false for anything that is not MP4-shaped
 */
public record MediaInfo(String container, String brand, Optional<Duration> duration, Optional<VideoStream> video,
                        Optional<AudioStream> audio, boolean faststart) {

    /**
     * Containers accepted as video, by ffmpeg's demuxer name. Anything else is refused before
     * ffmpeg reads it as a video: playlists (hls, concat) could make it open other files, and
     * images or raw streams are not lectures.
     */
    static final Set<String> VIDEO_DEMUXERS = Set.of(
            "mov", "matroska", "avi", "flv", "mpegts", "mpeg", "asf", "ogg", "rm", "mxf", "dv");

    public MediaInfo {
        Objects.requireNonNull(container, "container");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(video, "video");
        Objects.requireNonNull(audio, "audio");
    }

    /** The name ffmpeg's {@code -f} takes for this container: the first of ffprobe's names. */
    public String demuxer() {
        int comma = container.indexOf(',');
        return comma < 0 ? container : container.substring(0, comma);
    }

    /** An MP4 file (not QuickTime's .mov nor a 3GPP phone file, which share ffmpeg's demuxer). */
    public boolean mp4() {
        return "mov".equals(demuxer()) && !brand.isBlank() && !brand.startsWith("qt") && !brand.startsWith("3g");
    }

    /** The picture is H.264 in 8-bit 4:2:0 and the sound AAC or absent: every browser decodes them. */
    public boolean webCodecs() {
        return video.filter(VideoStream::webPlayable).isPresent()
                && audio.map(stream -> "aac".equals(stream.codec())).orElse(true);
    }

    /** Browsers play it as it is, starting before the download ends: nothing to convert. */
    public boolean webReady() {
        return mp4() && webCodecs() && faststart;
    }

    /**
     * A video stream.
     *
     * @param index       the stream's index in the file, as ffmpeg's {@code -map 0:index} takes it
     * @param codec       ffmpeg's codec name, e.g. {@code h264}, {@code vp9}, {@code mpeg4}
     * @param width       coded width in pixels
     * @param height      coded height in pixels
     * @param pixelFormat e.g. {@code yuv420p}; empty when unknown
     * @param interlaced  the stream says its fields are interlaced
     */
    public record VideoStream(int index, String codec, int width, int height, String pixelFormat,
                              boolean interlaced) {

        private static final Set<String> WEB_PIXEL_FORMATS = Set.of("yuv420p", "yuvj420p");

        /** H.264 that browsers decode: 8-bit 4:2:0 (not 10-bit, not 4:2:2 or 4:4:4). */
        boolean webPlayable() {
            return "h264".equals(codec) && WEB_PIXEL_FORMATS.contains(pixelFormat);
        }
    }

    /**
     * An audio stream.
     *
     * @param index the stream's index in the file
     * @param codec ffmpeg's codec name, e.g. {@code aac}, {@code mp3}, {@code opus}
     */
    public record AudioStream(int index, String codec) {
    }
}
