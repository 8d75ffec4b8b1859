package org.gongxue.bench;

import java.io.InputStream;
import java.util.Random;

/**
 * A stream of {@code length} reproducible pseudo-random bytes that never exists in memory or on
 * disk at once: uploads measure the client and the server, not a file read. Incompressible, so
 * nothing on the way can shortcut it.
 */
final class RandomBytes extends InputStream {

    /** One megabyte of noise, replayed at a shifting offset so that no two megabytes are equal. */
    private static final byte[] NOISE = new byte[1 << 20];

    static {
        new Random(20240229L).nextBytes(NOISE);
    }

    private final long length;
    private long position;

    RandomBytes(long length) {
        this.length = length;
    }

    @Override
    public int read() {
        if (position >= length) {
            return -1;
        }
        return NOISE[noiseIndex(position++)] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        int done = 0;
        while (done < n) {
            int from = noiseIndex(position + done);
            int chunk = Math.min(n - done, NOISE.length - from);
            System.arraycopy(NOISE, from, buffer, offset + done, chunk);
            done += chunk;
        }
        position += n;
        return n;
    }

    private static int noiseIndex(long position) {
        long megabyte = position >>> 20;
        return (int) ((position + megabyte * 7919) % NOISE.length);
    }
}
