package org.gongxue.library;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongxue.testing.MinimalDocx;

/** Files teachers upload, good and poisonous, made at test time. */
final class LibraryFiles {

    private LibraryFiles() {
    }

    /** SubRip subtitles, one cue of three seconds per line, starting at second 61. */
    static byte[] srt(String... lines) {
        StringBuilder srt = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            int start = 61 + 3 * i;
            srt.append(i + 1).append("\r\n").append(time(start)).append(" --> ").append(time(start + 3)).append("\r\n")
                    .append(lines[i]).append("\r\n\r\n");
        }
        return srt.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A PDF whose header promises a document and whose body is garbage. */
    static byte[] corruptPdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\nxref\n这不是交叉引用表\n"
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The start of a Linux program: what an executable renamed to .pdf begins with. */
    static byte[] executable() {
        byte[] elf = new byte[4096];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        return elf;
    }

    /**
     * A Word document of 1 MB whose text unpacks to 1 GB: more than the extraction process may
     * hold (a zip bomb). Streamed into the zip, never held whole here.
     */
    static byte[] zipBombDocx() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] docx = MinimalDocx.of("BOMB");
            // The minimal document's parts, with its body replaced by a gigantic paragraph.
            try (ZipInputStream parts = new ZipInputStream(new ByteArrayInputStream(docx))) {
                for (ZipEntry entry = parts.getNextEntry(); entry != null; entry = parts.getNextEntry()) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    String content = new String(parts.readAllBytes(), StandardCharsets.UTF_8);
                    if (entry.getName().equals("word/document.xml")) {
                        String[] around = content.split("BOMB");
                        zip.write(around[0].getBytes(StandardCharsets.UTF_8));
                        byte[] megabyte = new byte[1 << 20];
                        Arrays.fill(megabyte, (byte) 'a');
                        for (int i = 0; i < 1024; i++) {
                            zip.write(megabyte);
                        }
                        zip.write(around[1].getBytes(StandardCharsets.UTF_8));
                    } else {
                        zip.write(content.getBytes(StandardCharsets.UTF_8));
                    }
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Word document protected by a password, as Word encrypts it (agile encryption). */
    static byte[] encryptedDocx(String text) {
        try (POIFSFileSystem container = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("mima2026");
            try (OutputStream out = encryptor.getDataStream(container)) {
                out.write(MinimalDocx.of(text));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            container.writeFilesystem(bytes);
            return bytes.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Three seconds of test picture and tone as H.264/AAC in Matroska: a video browsers do not
     * play as it is, made by the ffmpeg on the PATH.
     */
    static byte[] matroskaVideo() {
        try {
            Path file = Files.createTempFile("gongxue-test-", ".mkv");
            try {
                Process ffmpeg = new ProcessBuilder("ffmpeg", "-y", "-loglevel", "error",
                        "-f", "lavfi", "-i", "testsrc=duration=3:size=320x240:rate=25",
                        "-f", "lavfi", "-i", "sine=frequency=440:duration=3",
                        "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest", file.toString())
                        .redirectErrorStream(true).start();
                String output = new String(ffmpeg.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (ffmpeg.waitFor() != 0) {
                    throw new IllegalStateException("ffmpeg could not make the test video: " + output);
                }
                return Files.readAllBytes(file);
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An AVI header followed by nothing a decoder can use. */
    static byte[] brokenVideo() {
        byte[] avi = new byte[8192];
        byte[] header = "RIFF\0\0\0\0AVI LIST".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, avi, 0, header.length);
        Arrays.fill(avi, header.length, avi.length, (byte) 0x5a);
        return avi;
    }

    private static String time(int seconds) {
        return "%02d:%02d:%02d,000".formatted(seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
