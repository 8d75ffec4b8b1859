package org.gongxue.library.service.processing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The original's bytes as read from the store, remembering whether reading them failed. A parser
 * reports a stream that broke off the same way as a file that is damaged; this tells the two
 * apart, so that a store going down midway is not blamed on the file.
 */
final class SourceStream extends FilterInputStream {

    private IOException failure;

    SourceStream(InputStream in) {
        super(in);
    }

    /** The first failure of reading, or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    @Override
    public long skip(long count) throws IOException {
        try {
            return super.skip(count);
        } catch (IOException e) {
            throw remembered(e);
        }
    }

    private IOException remembered(IOException e) {
        if (failure == null) {
            failure = e;
        }
        return e;
    }
}
