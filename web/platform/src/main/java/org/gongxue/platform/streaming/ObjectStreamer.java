package org.gongxue.platform.streaming;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

import org.gongxue.contentstore.ObjectInfo;

/**
 * Answers a GET or HEAD of one stored object with ranges, validators and conditional requests
 * (RFC 9110 §13, §14), as {@link StreamingPlanner} decides, copying bytes from the store to the
 * response through a fixed buffer: memory use does not grow with the object or the range.
 *
 * <p>Checks no access: the caller must have decided that the requester may read {@code key}.
 * A missing object surfaces as the store's {@code ObjectNotFoundException} before anything is
 * written, so the caller can still answer 404.
 */
public final class ObjectStreamer {

    static final int BUFFER_SIZE = 64 * 1024;

    private final ObjectSource source;
    private final StreamingPlanner planner;

    public ObjectStreamer(ObjectSource source) {
        this(source, new StreamingPlanner());
    }

    ObjectStreamer(ObjectSource source, StreamingPlanner planner) {
        this.source = Objects.requireNonNull(source, "source");
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    /**
     * Decides and sends the answer. An {@link IOException} from the sink (typically the client
     * went away) propagates after the store's stream is closed.
     */
    public void stream(String key, String method, RequestHeaders request, ResponseSink sink) throws IOException {
        ObjectInfo object = source.stat(key);
        StreamingDecision decision = planner.decide(method, request, object);
        ResponseBody body = decision.body();
        boolean contentFollows = !(body instanceof ResponseBody.None);
        sink.start(decision.status(), decision.headers(), contentFollows);
        if (!contentFollows) {
            return;
        }
        OutputStream out = sink.body();
        byte[] buffer = new byte[BUFFER_SIZE];
        if (body instanceof ResponseBody.Bytes bytes) {
            copy(key, bytes.range(), out, buffer);
        } else if (body instanceof ResponseBody.Multipart multipart) {
            for (ByteRange range : multipart.ranges()) {
                out.write(multipart.partHead(range));
                copy(key, range, out, buffer);
                out.write(multipart.partTail());
            }
            out.write(multipart.closingDelimiter());
        }
        out.flush();
    }

    private void copy(String key, ByteRange range, OutputStream out, byte[] buffer) throws IOException {
        // try-with-resources: a client that disconnects mid-copy must not leave the store's connection open.
        try (InputStream in = source.openRange(key, range.first(), range.length())) {
            long remaining = range.length();
            while (remaining > 0) {
                // A full buffer per write: the store's client hands out a few KiB per read, and
                // writing each on at once cost a system call (and a scheduling turn) per few KiB.
                int wanted = (int) Math.min(buffer.length, remaining);
                int read = in.readNBytes(buffer, 0, wanted);
                out.write(buffer, 0, read);
                remaining -= read;
                if (read < wanted) {
                    throw new IOException("object '" + key + "' ended " + remaining + " bytes short of bytes "
                            + range.first() + "-" + range.last() + "; was it replaced while being read?");
                }
            }
        }
    }
}
