package org.gongxue.contentstore;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * A deterministic pseudo-random stream of any length that is never held in memory: the byte at
 * each position is a pure function of the seed and the position, so tests can stream hundreds
 * of megabytes and still know the expected bytes of any range.
 */
final class GeneratedContent extends InputStream {

    private final long seed;
    private final long length;
    private long position;

    GeneratedContent(long seed, long length) {
        this.seed = seed;
        this.length = length;
    }

    /** The byte at {@code position} of every stream with this seed. */
    static byte byteAt(long seed, long position) {
        return (byte) (word(seed, position >>> 3) >>> ((position & 7) << 3));
    }

    static byte[] bytes(long seed, long offset, int count) {
        byte[] bytes = new byte[count];
        for (int i = 0; i < count; i++) {
            bytes[i] = byteAt(seed, offset + i);
        }
        return bytes;
    }

    /** SHA-256 of the first {@code length} bytes, computed by streaming a fresh generator. */
    static String sha256Hex(long seed, long length) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = new GeneratedContent(seed, length)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Jumps: every byte is computed from its position, so nothing before it needs generating. */
    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, length - position));
        position += skipped;
        return skipped;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return byteAt(seed, position++) & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (count == 0) {
            return 0;
        }
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        long block = -1;
        long word = 0;
        for (int i = 0; i < n; i++) {
            long p = position + i;
            if (p >>> 3 != block) {
                block = p >>> 3;
                word = word(seed, block);
            }
            buffer[offset + i] = (byte) (word >>> ((p & 7) << 3));
        }
        position += n;
        return n;
    }

    /** SplitMix64's finalizer: well-mixed bits from consecutive inputs. */
    private static long word(long seed, long block) {
        long z = seed + block * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
