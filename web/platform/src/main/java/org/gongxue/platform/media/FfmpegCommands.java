package org.gongxue.platform.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The argument lists of every ffmpeg and ffprobe run, built from settings and probe results
 * alone (pure, so that tests can read them).
 *
 * <p>Files are named {@code file:/absolute/path}: the {@code file:} protocol keeps a name that
 * happens to contain a colon from being read as another protocol, and an absolute path can never
 * start with a dash and pass for an option. Inputs are read with the demuxer the probe found and
 * accepted ({@code -f}) and only through the file protocol ({@code -protocol_whitelist file}), so
 * bytes that pretend to be something else cannot make ffmpeg open a network address. Outputs
 * name their format, so file name extensions never matter.
 */
final class FfmpegCommands {

    /** Libx264 speed/size trade-off: veryfast keeps a lecture's conversion near real time on two cores. */
    static final String PRESET = "veryfast";
    /** Constant quality; 23 is x264's own default and looks clean on slides and faces. */
    static final int CRF = 23;
    /** Peak video bitrate, so that one scene with much motion does not stall playback on an office line. */
    static final String MAX_RATE = "3M";
    static final String BUFFER_SIZE = "6M";
    static final String AUDIO_BITRATE = "128k";

    /** Generated clips: 720p, ten frames a second, a keyframe every five seconds — a few KB a second. */
    static final String CLIP_SIZE = "1280x720";
    static final int CLIP_FRAME_RATE = 10;
    static final String CLIP_BACKGROUND = "0x7a1f1f";
    static final int CLIP_TITLE_FONT_SIZE = 44;
    static final int CLIP_CLOCK_FONT_SIZE = 28;

    private final Path ffmpeg;
    private final Path ffprobe;
    private final MediaSettings settings;

    FfmpegCommands(Path ffmpeg, Path ffprobe, MediaSettings settings) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.settings = settings;
    }

    /** ffprobe's report on the file's container and streams, as JSON on standard output. */
    List<String> probe(Path file) {
        return List.of(ffprobe.toString(), "-v", "error", "-protocol_whitelist", "file",
                "-print_format", "json", "-show_format", "-show_streams", fileUrl(file));
    }

    /** One frame of the video at the given time, as a JPEG at most the poster width wide. */
    List<String> poster(Path video, MediaInfo info, Duration at, Path jpeg) {
        List<String> command = ffmpeg();
        // Before -i, -ss seeks by the index instead of decoding every frame up to the second.
        command.addAll(List.of("-ss", seconds(at)));
        command.addAll(input(video, info));
        command.addAll(List.of("-map", "0:" + videoIndex(info), "-frames:v", "1",
                "-vf", pictureFilters(info, "scale=w=" + filterValue("min(" + settings.posterWidth() + ",iw)") + ":h=-2"),
                "-threads", String.valueOf(settings.threads()),
                "-c:v", "mjpeg", "-q:v", "3", "-f", "image2", "-update", "1", fileUrl(jpeg)));
        return command;
    }

    /** The same streams in an MP4 with its index first; nothing is decoded, so it takes seconds. */
    List<String> remux(Path in, MediaInfo info, Path out) {
        List<String> command = ffmpeg();
        // Containers such as AVI may lack timestamps that MP4 needs; generate them.
        command.addAll(List.of("-fflags", "+genpts"));
        command.addAll(input(in, info));
        command.addAll(streamMaps(info));
        command.addAll(List.of("-c", "copy"));
        command.addAll(mp4Output(out));
        return command;
    }

    /**
     * H.264 (8-bit 4:2:0, at most the configured height) and AAC in an MP4 with its index first.
     * AAC sound is copied as it is.
     */
    List<String> transcode(Path in, MediaInfo info, Path out) {
        List<String> command = ffmpeg();
        command.addAll(input(in, info));
        command.addAll(streamMaps(info));
        String height = filterValue("min(" + settings.maxHeight() + ",trunc(ih/2)*2)");
        command.addAll(List.of(
                "-vf", pictureFilters(info, "scale=w=-2:h=" + height) + ",format=yuv420p",
                "-c:v", "libx264", "-preset", PRESET, "-crf", String.valueOf(CRF), "-profile:v", "high",
                "-maxrate", MAX_RATE, "-bufsize", BUFFER_SIZE,
                "-threads", String.valueOf(settings.threads())));
        if (info.audio().isPresent()) {
            boolean aac = info.audio().filter(stream -> "aac".equals(stream.codec())).isPresent();
            command.addAll(aac ? List.of("-c:a", "copy") : List.of("-c:a", "aac", "-b:a", AUDIO_BITRATE, "-ac", "2"));
        }
        // Sparse audio next to dense video otherwise overflows ffmpeg's default muxing queue.
        command.addAll(List.of("-max_muxing_queue_size", "1024"));
        command.addAll(mp4Output(out));
        return command;
    }

    /**
     * A generated lecture clip: a coloured card with the title lines and a running clock in
     * the given font, with silent sound — or, without a font, ffmpeg's test picture, whose
     * built-in counter needs no font.
     */
    List<String> lecture(Path out, Duration length, List<String> titleLines, Optional<Path> font) {
        List<String> command = ffmpeg();
        String picture = font.isPresent() ? "color=c=" + CLIP_BACKGROUND + ":s=" + CLIP_SIZE + ":r=" + CLIP_FRAME_RATE
                : "testsrc=s=" + CLIP_SIZE + ":r=" + CLIP_FRAME_RATE;
        command.addAll(List.of("-f", "lavfi", "-i", picture,
                "-f", "lavfi", "-i", "anullsrc=channel_layout=stereo:sample_rate=44100",
                "-t", seconds(length), "-map", "0:v", "-map", "1:a"));
        font.ifPresent(fontFile -> command.addAll(List.of("-vf", titleAndClock(fontFile, titleLines))));
        command.addAll(List.of(
                "-c:v", "libx264", "-preset", PRESET, "-tune", "stillimage", "-crf", "28", "-pix_fmt", "yuv420p",
                "-g", String.valueOf(CLIP_FRAME_RATE * 5), "-threads", String.valueOf(settings.threads()),
                "-c:a", "aac", "-b:a", "64k"));
        command.addAll(mp4Output(out));
        return command;
    }

    /** A frame a third into a short video, else at the configured second; the first frame when the length is unknown. */
    Duration posterTime(MediaInfo info) {
        Duration configured = Duration.ofSeconds(settings.posterSecond());
        return info.duration().map(length -> {
            Duration third = length.dividedBy(3);
            return third.compareTo(configured) < 0 ? third : configured;
        }).orElse(Duration.ZERO);
    }

    /**
     * Escapes a value for a filter option inside a filter graph: once for the option parser
     * (which splits at {@code :}) and once for the graph parser (which splits at {@code , ; [ ]}),
     * each of which also reads {@code \} and {@code '} as escape and quote characters.
     */
    static String filterValue(String value) {
        return escape(escape(value, "\\':"), "\\'[],;");
    }

    private static String escape(String value, String special) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        value.chars().forEach(c -> {
            if (special.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append((char) c);
        });
        return escaped.toString();
    }

    private String titleAndClock(Path font, List<String> titleLines) {
        String fontFile = "fontfile=" + filterValue(font.toAbsolutePath().toString());
        // The clock lets anyone who jumps to a second in a demo see that the player got there.
        String clock = "drawtext=" + fontFile + ":text=" + filterValue("%{pts:gmtime:0:%M\\:%S}")
                + ":fontcolor=white@0.8:fontsize=" + CLIP_CLOCK_FONT_SIZE + ":x=w-text_w-32:y=h-text_h-32";
        if (titleLines.isEmpty()) {
            return clock;
        }
        String title = "drawtext=" + fontFile + ":expansion=none:text=" + filterValue(String.join("\n", titleLines))
                + ":fontcolor=white:fontsize=" + CLIP_TITLE_FONT_SIZE + ":line_spacing=20"
                + ":x=(w-text_w)/2:y=(h-text_h)/2";
        return title + "," + clock;
    }

    private List<String> ffmpeg() {
        return new ArrayList<>(List.of(ffmpeg.toString(), "-nostdin", "-hide_banner", "-v", "error", "-y"));
    }

    private static List<String> input(Path file, MediaInfo info) {
        return List.of("-protocol_whitelist", "file", "-f", info.demuxer(), "-i", fileUrl(file));
    }

    private static List<String> streamMaps(MediaInfo info) {
        List<String> maps = new ArrayList<>(List.of("-map", "0:" + videoIndex(info)));
        info.audio().ifPresent(audio -> maps.addAll(List.of("-map", "0:" + audio.index())));
        return maps;
    }

    private static List<String> mp4Output(Path out) {
        return List.of("-movflags", "+faststart", "-f", "mp4", fileUrl(out));
    }

    /** Interlaced pictures (camcorders, television) are deinterlaced before they are scaled. */
    private static String pictureFilters(MediaInfo info, String scale) {
        boolean interlaced = info.video().filter(MediaInfo.VideoStream::interlaced).isPresent();
        return interlaced ? "yadif," + scale : scale;
    }

    private static int videoIndex(MediaInfo info) {
        return info.video().orElseThrow(() -> new IllegalArgumentException("no video stream")).index();
    }

    private static String fileUrl(Path file) {
        return "file:" + file.toAbsolutePath();
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.3f", duration.toNanos() / 1e9);
    }
}
