package org.gongxue.platform.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Missing tools are reported, never thrown at start-up; these cases run no tool at all. */
class MediaToolsTest {

    @TempDir
    Path directory;

    @Test
    void toolsOnNoPathAreReportedWithTheSettingsThatFixIt() {
        try (ToolRunner runner = new ToolRunner()) {
            MediaTools tools = MediaTools.detect(MediaSettings.builder().build(), runner, "");

            assertThat(tools.available()).isFalse();
            assertThat(tools.problem()).contains("ffmpeg not found on PATH; set GONGXUE_MEDIA_FFMPEG; "
                    + "ffprobe not found on PATH; set GONGXUE_MEDIA_FFPROBE");
            assertThat(tools.version()).isEmpty();
            assertThat(tools.titleFont()).isEmpty();
            assertThat(tools.summary()).startsWith("video processing unavailable: ffmpeg not found");
        }
    }

    @Test
    void aConfiguredPathThatDoesNotExistIsReported() {
        Path missing = directory.resolve("no-such-ffmpeg");
        try (ToolRunner runner = new ToolRunner()) {
            MediaTools tools = MediaTools.detect(MediaSettings.builder().ffmpeg(missing).build(), runner, "");

            assertThat(tools.problem()).hasValueSatisfying(problem -> assertThat(problem)
                    .startsWith("ffmpeg not found at " + missing + " (GONGXUE_MEDIA_FFMPEG)"));
        }
    }

    @Test
    void aConfiguredFileThatIsNotExecutableIsReported() throws IOException {
        Path notExecutable = Files.createFile(directory.resolve("ffmpeg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        try (ToolRunner runner = new ToolRunner()) {
            MediaTools tools = MediaTools.detect(MediaSettings.builder().ffmpeg(notExecutable).build(), runner, "");

            assertThat(tools.problem()).hasValueSatisfying(problem -> assertThat(problem)
                    .contains("ffmpeg at " + notExecutable + " is not executable (GONGXUE_MEDIA_FFMPEG)"));
        }
    }

    @Test
    void everyOperationSaysWhatIsMissing() throws IOException {
        Path video = Files.write(directory.resolve("lecture.mp4"), new byte[] {1, 2, 3});
        MediaSettings settings = MediaSettings.builder().ffmpeg(directory.resolve("no-such-ffmpeg")).build();
        try (VideoProcessor processor = VideoProcessor.start(settings)) {

            assertThat(processor.tools().available()).isFalse();
            assertThatThrownBy(() -> processor.probe(video))
                    .isInstanceOfSatisfying(MediaException.class, e -> {
                        assertThat(e.reason()).isEqualTo(MediaException.Reason.TOOLS_MISSING);
                        assertThat(e.getMessage()).startsWith("Video processing is not available on this server: "
                                + "ffmpeg not found at " + directory.resolve("no-such-ffmpeg"));
                    });
            assertThatThrownBy(() -> processor.makeWebReady(video, directory.resolve("out.mp4")))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.reason()).isEqualTo(MediaException.Reason.TOOLS_MISSING));
        }
    }

    @Test
    void toolsAreFoundInTheDirectoriesOfPath() throws IOException {
        Path empty = Files.createDirectory(directory.resolve("empty"));
        Path bin = Files.createDirectory(directory.resolve("bin"));
        Path ffmpeg = Files.createFile(bin.resolve("ffmpeg"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        String path = empty + java.io.File.pathSeparator + java.io.File.pathSeparator + bin;

        assertThat(MediaTools.onPath("ffmpeg", path)).contains(ffmpeg);
        assertThat(MediaTools.onPath("ffprobe", path)).isEmpty();
        assertThat(MediaTools.onPath("ffmpeg", null)).isEmpty();
    }
}
