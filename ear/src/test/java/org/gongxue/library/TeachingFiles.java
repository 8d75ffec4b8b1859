package org.gongxue.library;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Files a teacher uploads, made at test time: each begins as the programs that write them begin
 * them (what type detection reads) and is filled to any size with bytes that repeat from a seed,
 * so that a test can send them in several chunks and check the stored object byte for byte.
 */
public final class TeachingFiles {

    private TeachingFiles() {
    }

    /** An MP4: an ISO base media "ftyp" box, then filler. Not playable; processing may say so. */
    static byte[] video(int size) {
        byte[] ftyp = {0, 0, 0, 0x20, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0,
                'i', 's', 'o', 'm', 'i', 's', 'o', '2', 'a', 'v', 'c', '1', 'm', 'p', '4', '1'};
        return filled(ftyp, size);
    }

    static byte[] slidesPdf(int size) {
        return filled("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1), size);
    }

    /** A Windows executable: the MZ header and the DOS stub's message, whatever it is named. */
    public static byte[] windowsExecutable(int size) {
        byte[] header = new byte[128];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3C] = (byte) 0x80;
        byte[] stub = "This program cannot be run in DOS mode.\r\r\n$".getBytes(StandardCharsets.US_ASCII);
        byte[] start = Arrays.copyOf(header, header.length + stub.length);
        System.arraycopy(stub, 0, start, header.length, stub.length);
        return filled(start, size);
    }

    static byte[] subtitles() {
        return """
                1
                00:00:01,000 --> 00:00:04,000
                同志们好，今天我们讲长三角一体化。
                """.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] filled(byte[] start, int size) {
        byte[] file = new byte[size];
        new Random(size).nextBytes(file);
        System.arraycopy(start, 0, file, 0, Math.min(start.length, size));
        return file;
    }
}
