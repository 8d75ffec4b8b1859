package org.gongxue.platform.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads the top-level boxes of an MP4 (ISO base media) file to tell whether its index
 * ({@code moov}) comes before its media data ({@code mdat}) — "faststart" — which ffprobe does
 * not report.
 */
final class Mp4Layout {

    /** Files with more top-level boxes before moov or mdat than this are not worth reading on. */
    static final int MAX_BOXES = 1_000;

    private Mp4Layout() {
    }

    /** True when a {@code moov} box comes before any {@code mdat} box; false for anything not MP4-shaped. */
    static boolean indexBeforeMedia(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            long position = 0;
            ByteBuffer header = ByteBuffer.allocate(16);
            for (int box = 0; box < MAX_BOXES && position + 8 <= size; box++) {
                header.clear();
                header.limit((int) Math.min(16, size - position));
                readFully(channel, header, position);
                header.flip();
                long boxSize = Integer.toUnsignedLong(header.getInt());
                String type = new String(new byte[] {header.get(), header.get(), header.get(), header.get()},
                        StandardCharsets.ISO_8859_1);
                if ("moov".equals(type)) {
                    return true;
                }
                if ("mdat".equals(type)) {
                    return false;
                }
                if (boxSize == 1) {
                    if (header.remaining() < 8) {
                        return false;
                    }
                    boxSize = header.getLong();
                } else if (boxSize == 0) {
                    return false;
                }
                if (boxSize < 8) {
                    return false;
                }
                position += boxSize;
            }
            return false;
        }
    }

    private static void readFully(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
        }
    }
}
