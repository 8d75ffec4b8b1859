package org.gongxue.contentstore;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Passes a stream through while counting its bytes and computing their SHA-256, so that an
 * upload of unknown length learns its size and digest without a second pass or a buffer.
 *
 * <p>An {@link IOException} from the wrapped stream is rethrown as {@link SourceReadException}:
 * the upload client lets it through unchanged, and the store can then blame the caller's
 * stream rather than the S3 endpoint.
 */
final class MeasuringInputStream extends FilterInputStream {

    private final MessageDigest sha256;
    private long count;

    MeasuringInputStream(InputStream source) {
        super(source);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = readSource(() -> in.read());
        if (b >= 0) {
            sha256.update((byte) b);
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = readSource(() -> in.read(buffer, offset, length));
        if (n > 0) {
            sha256.update(buffer, offset, n);
            count += n;
        }
        return n;
    }

    /** Skipped bytes would be missing from the digest, so skipping reads them. */
    @Override
    public long skip(long n) throws IOException {
        byte[] sink = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int read = read(sink, 0, (int) Math.min(sink.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** The digest covers each byte once, so the stream cannot be rewound. */
    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Not supported: see markSupported().
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported by a measuring stream");
    }

    long count() {
        return count;
    }

    /** The SHA-256 of every byte read so far, in lower-case hexadecimal. */
    String sha256Hex() {
        try {
            // Clone so that the running digest is not finished by asking.
            return HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the platform's SHA-256 cannot be cloned", e);
        }
    }

    private int readSource(SourceRead read) throws SourceReadException {
        try {
            return read.run();
        } catch (IOException e) {
            throw new SourceReadException(e);
        }
    }

    @FunctionalInterface
    private interface SourceRead {
        int run() throws IOException;
    }

    /** Reading the caller's content failed: not a fault of the S3 endpoint. */
    static final class SourceReadException extends IOException {

        private static final long serialVersionUID = 1L;

        SourceReadException(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
