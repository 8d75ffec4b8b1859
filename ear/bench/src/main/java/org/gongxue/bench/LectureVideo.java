package org.gongxue.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real lecture video of a given size, so that the platform accepts, processes and serves it as
 * it would a teacher's: H.264/AAC MP4 with its index at the front (faststart), 1280×720 at about
 * 1.6 Mbit/s — a 45-minute lecture is about 500 MB. ffmpeg encodes one minute once and repeats it
 * without re-encoding up to the size; the files stay in the data folder for later runs.
 */
final class LectureVideo {

    private static final long MIB = 1024 * 1024;
    private static final String CLIP = "lecture-minute.mp4";

    private LectureVideo() {
    }

    /** A video of at least {@code megabytes} MiB (a whole number of minutes, so a little more). */
    static Path ofAtLeast(Path dataDir, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path video = dataDir.resolve("lecture-" + megabytes + "mib.mp4");
        if (Files.exists(video)) {
            return video;
        }
        Path clip = dataDir.resolve(CLIP);
        if (!Files.exists(clip)) {
            System.out.println("encoding one minute of lecture video with ffmpeg");
            Path partial = dataDir.resolve(CLIP + ".partial.mp4");
            ffmpeg(dataDir, "-f", "lavfi", "-i", "testsrc2=size=1280x720:rate=25,noise=alls=12:allf=t",
                    "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100", "-t", "60",
                    "-c:v", "libx264", "-preset", "ultrafast", "-b:v", "1500k", "-maxrate", "1500k",
                    "-bufsize", "3000k", "-g", "50", "-pix_fmt", "yuv420p", "-c:a", "aac", "-b:a", "96k",
                    "-shortest", "-movflags", "+faststart", partial.toString());
            Files.move(partial, clip, StandardCopyOption.REPLACE_EXISTING);
        }
        long minutes = (megabytes * MIB + Files.size(clip) - 1) / Files.size(clip);
        System.out.printf("repeating it to %d minutes (at least %d MiB)%n", minutes, megabytes);
        Path partial = dataDir.resolve(video.getFileName() + ".partial.mp4");
        ffmpeg(dataDir, "-stream_loop", Long.toString(minutes - 1), "-i", clip.toString(), "-c", "copy",
                "-movflags", "+faststart", partial.toString());
        Files.move(partial, video, StandardCopyOption.REPLACE_EXISTING);
        return video;
    }

    private static void ffmpeg(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-nostdin", "-y"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
        } catch (IOException e) {
            throw new IOException("the streaming and upload benchmarks need ffmpeg on the PATH (Debian: apt-get"
                    + " install ffmpeg) to make a real lecture video", e);
        }
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + " failed");
        }
    }
}
