package org.gongxue.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.gongxue.testing.BrowserTest;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A browser test that uploads files on the library's lecture page (library/teach/lecture.xhtml), as teachers and organisers do. */
public abstract class LecturePageBrowserTest extends BrowserTest {

    /** Uploads the file into the slot with the page's upload form and waits until the page lists it. */
    protected void uploadOnLecturePage(String slot, Path file) {
        new Select(browser.findElement(By.id("upload-slot"))).selectByValue(slot);
        browser.findElement(By.id("upload-file")).sendKeys(file.toString());
        browser.findElement(By.id("upload-start")).click();
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-status"), "上传完成"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("materials-form:materials"),
                file.getFileName().toString()));
    }

    /** An MP4 (H.264 and AAC, as a camera or screen recorder gives) of that many seconds, made by ffmpeg in the folder. */
    protected static byte[] h264Video(Path folder, int seconds) throws IOException, InterruptedException {
        Path file = folder.resolve("made.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-y",
                "-f", "lavfi", "-i", "testsrc=size=320x180:rate=10",
                "-f", "lavfi", "-i", "sine=frequency=440:sample_rate=44100",
                "-t", Integer.toString(seconds), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-g", "10",
                "-c:a", "aac", "-movflags", "+faststart", file.toString())
                .redirectErrorStream(true).start();
        String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0) {
            throw new IllegalStateException("ffmpeg could not make the test video: " + output);
        }
        return Files.readAllBytes(file);
    }
}
