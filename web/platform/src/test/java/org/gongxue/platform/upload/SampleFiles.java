package org.gongxue.platform.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The first bytes of files of many types, as the programs that write them begin them; the
 * videos are tiny clips made with ffmpeg (test resources).
 */
final class SampleFiles {

    static final String SUBRIP_TEXT = """
            1
            00:00:01,000 --> 00:00:04,000
            同志们好，今天我们讲长三角一体化。

            2
            00:00:05,000 --> 00:00:08,500
            第二句字幕。
            """;

    private SampleFiles() {
    }

    static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A Windows executable: the MZ header and the DOS stub's message. */
    static byte[] windowsExecutable() {
        byte[] header = new byte[128];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
        return concat(header, stub, new byte[256]);
    }

    /** An Office Open XML package: a ZIP whose first entry is [Content_Types].xml. */
    static byte[] officeOpenXml(String mainPart) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<?xml version=\"1.0\"?><Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(mainPart));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An OLE2 compound file, the container of DOC, XLS and PPT. */
    static byte[] ole2() {
        return concat(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, new byte[512]);
    }

    static byte[] png() {
        return concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'},
                new byte[32]);
    }

    static byte[] jpeg() {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                new byte[48]);
    }

    static byte[] webp() {
        return concat("RIFF".getBytes(StandardCharsets.US_ASCII), new byte[] {36, 0, 0, 0},
                "WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), new byte[40]);
    }

    static byte[] gif() {
        return concat("GIF89a".getBytes(StandardCharsets.US_ASCII), new byte[32]);
    }

    static byte[] text(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] withUtf8Bom(String text) {
        return concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
    }

    /** UTF-16 little-endian with its byte-order mark, as Windows Notepad saves "Unicode". */
    static byte[] utf16le(String text) {
        return concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    }

    static byte[] resource(String name) {
        try (InputStream in = SampleFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] concat(byte[]... pieces) {
        byte[] all = new byte[Arrays.stream(pieces).mapToInt(piece -> piece.length).sum()];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, all, at, piece.length);
            at += piece.length;
        }
        return all;
    }
}
