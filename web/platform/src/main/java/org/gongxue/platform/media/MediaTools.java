package org.gongxue.platform.media;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds ffmpeg and ffprobe and checks, once, that they run and can make web video. Without them
 * the platform works on: uploads are kept as they came, without poster or web-ready copy, and
 * {@link #problem()} says what is missing and which setting fixes it. Nothing here throws at
 * start-up.
 */
public final class MediaTools {

    private static final Logger LOG = Logger.getLogger(MediaTools.class.getName());

    /**
     * Fonts with Chinese glyphs where Debian/Ubuntu (fonts-wqy-zenhei, fonts-wqy-microhei,
     * fonts-noto-cjk), Fedora, macOS and Windows install them.
     */
    static final List<Path> WELL_KNOWN_CHINESE_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"),
            Path.of("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc"),
            Path.of("/System/Library/Fonts/PingFang.ttc"),
            Path.of("C:\\Windows\\Fonts\\msyh.ttc"));

    private final Path ffmpeg;
    private final Path ffprobe;
    private final String version;
    private final Path titleFont;
    private final String problem;

    private MediaTools(Path ffmpeg, Path ffprobe, String version, Path titleFont, String problem) {
        this.ffmpeg = ffmpeg;
        this.ffprobe = ffprobe;
        this.version = version;
        this.titleFont = titleFont;
        this.problem = problem;
    }

    /**
     * Looks for the tools (configured paths first, then ffprobe beside ffmpeg, then PATH), runs
     * each once, and logs what it found.
     */
    static MediaTools detect(MediaSettings settings, ToolRunner runner) {
        return detect(settings, runner, System.getenv("PATH"));
    }

    /** As {@link #detect(MediaSettings, ToolRunner)}, with the value of PATH given. */
    static MediaTools detect(MediaSettings settings, ToolRunner runner, String pathVariable) {
        List<String> problems = new ArrayList<>();
        Path ffmpeg = locate("ffmpeg", settings.ffmpeg(), MediaSettings.FFMPEG, Optional.empty(), pathVariable,
                problems);
        Path ffprobe = locate("ffprobe", settings.ffprobe(), MediaSettings.FFPROBE,
                Optional.ofNullable(ffmpeg).map(Path::getParent), pathVariable, problems);
        String version = null;
        Path titleFont = null;
        if (ffmpeg != null) {
            Optional<String> versionLine = run(runner, settings, problems, ffmpeg, "-version");
            Optional<String> encoders = versionLine.flatMap(line -> run(runner, settings, problems, ffmpeg, "-encoders"));
            encoders.filter(list -> !(list.contains(" libx264 ") && list.contains(" aac ")))
                    .ifPresent(list -> problems.add("ffmpeg at " + ffmpeg
                            + " cannot encode H.264 and AAC (libx264 or aac missing); install a full ffmpeg build"));
            version = versionLine.map(MediaTools::firstLineBeforeCopyright).orElse(null);
            if (encoders.isPresent()) {
                titleFont = chooseTitleFont(settings, run(runner, settings, problems, ffmpeg, "-filters"))
                        .orElse(null);
            }
        }
        if (ffprobe != null) {
            run(runner, settings, problems, ffprobe, "-version");
        }
        MediaTools tools = new MediaTools(ffmpeg, ffprobe, version, titleFont,
                problems.isEmpty() ? null : String.join("; ", problems));
        tools.log();
        return tools;
    }

    /** ffmpeg and ffprobe run and make H.264/AAC: videos get posters and web-ready copies. */
    public boolean available() {
        return problem == null;
    }

    /** Why video processing is unavailable, naming the setting that fixes it; empty when available. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** The first line of {@code ffmpeg -version}, e.g. {@code ffmpeg version 5.1.6-0+deb12u1 …}. */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** The font for the titles of generated clips; empty when ffmpeg cannot draw text or no Chinese font was found. */
    public Optional<Path> titleFont() {
        return Optional.ofNullable(titleFont);
    }

    /** One line for logs and status pages. */
    public String summary() {
        if (!available()) {
            return "video processing unavailable: " + problem;
        }
        return version + " at " + ffmpeg + ", ffprobe at " + ffprobe + "; titles of generated clips "
                + titleFont().map(font -> "in " + font).orElse("not drawn (no drawtext filter or Chinese font)");
    }

    /** The paths of both tools, or why there are none. */
    FfmpegCommands commands(MediaSettings settings) throws MediaException {
        if (!available()) {
            throw new MediaException(MediaException.Reason.TOOLS_MISSING,
                    "Video processing is not available on this server: " + problem);
        }
        return new FfmpegCommands(ffmpeg, ffprobe, settings);
    }

    private void log() {
        if (available()) {
            LOG.info(() -> "Media tools: " + summary());
        } else {
            LOG.warning(() -> "Media tools: " + summary() + ". The platform works on; uploaded videos are kept as "
                    + "they came, without poster, duration or web-ready copy.");
        }
    }

    private static Path locate(String name, Optional<Path> configured, String key, Optional<Path> besideFfmpeg,
                               String pathVariable, List<String> problems) {
        String variable = key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
        if (configured.isPresent()) {
            Path path = configured.get();
            if (!Files.isRegularFile(path)) {
                problems.add(name + " not found at " + path + " (" + variable + ")");
                return null;
            }
            if (!Files.isExecutable(path)) {
                problems.add(name + " at " + path + " is not executable (" + variable + ")");
                return null;
            }
            return path;
        }
        Optional<Path> found = besideFfmpeg.flatMap(directory -> executableIn(directory, name))
                .or(() -> onPath(name, pathVariable));
        if (found.isEmpty()) {
            problems.add(name + " not found on PATH; set " + variable);
        }
        return found.orElse(null);
    }

    /** The first executable of that name in the directories of a PATH value. */
    static Optional<Path> onPath(String name, String pathVariable) {
        if (pathVariable == null) {
            return Optional.empty();
        }
        for (String directory : pathVariable.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue;
            }
            try {
                Optional<Path> found = executableIn(Path.of(directory), name);
                if (found.isPresent()) {
                    return found;
                }
            } catch (InvalidPathException e) {
                // A malformed PATH entry names no directory; the next one may.
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executableIn(Path directory, String name) {
        for (String fileName : List.of(name, name + ".exe")) {
            Path candidate = directory.resolve(fileName);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Runs {@code tool option} and returns what it printed, or records why it did not run. */
    private static Optional<String> run(ToolRunner runner, MediaSettings settings, List<String> problems, Path tool,
                                        String option) {
        try {
            ToolResult result = runner.run(List.of(tool.toString(), "-hide_banner", option), settings.probeTimeout());
            if (result.succeeded()) {
                return Optional.of(result.stdout());
            }
            problems.add(tool + " " + option + (result.timedOut() ? " did not finish" : " failed: " + result.lastLine()));
        } catch (IOException e) {
            problems.add(tool + " did not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems.add("the check of " + tool + " was interrupted");
        }
        return Optional.empty();
    }

    private static String firstLineBeforeCopyright(String versionOutput) {
        String first = versionOutput.lines().findFirst().orElse("").strip();
        int copyright = first.indexOf(" Copyright");
        return copyright < 0 ? first : first.substring(0, copyright);
    }

    private static Optional<Path> chooseTitleFont(MediaSettings settings, Optional<String> filters) {
        if (filters.filter(list -> list.contains(" drawtext ")).isEmpty()) {
            return Optional.empty();
        }
        if (settings.titleFont().isPresent()) {
            Path configured = settings.titleFont().get();
            if (Files.isReadable(configured)) {
                return Optional.of(configured);
            }
            LOG.log(Level.WARNING, "{0} {1} is not a readable file; generated clips get no titles",
                    new Object[] {MediaSettings.TITLE_FONT, configured});
            return Optional.empty();
        }
        return WELL_KNOWN_CHINESE_FONTS.stream().filter(Files::isReadable).findFirst();
    }
}
