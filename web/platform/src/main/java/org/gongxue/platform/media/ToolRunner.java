package org.gongxue.platform.media;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external tool from an argument list (never through a shell, so nothing in an argument
 * is ever interpreted), with a time limit that kills the process and everything it started, its
 * error stream drained into a bounded tail and its standard output kept up to a bound.
 *
 * <p>Closing the runner kills the tools still running, so that a stopping server leaves no
 * conversion behind it.
 */
final class ToolRunner implements AutoCloseable {

    static final int STDERR_LINES = 20;
    static final int STDOUT_LIMIT = 1 << 20;
    /** How long to wait for the streams to close after the process ended. */
    private static final long DRAIN_WAIT_MILLIS = 5_000;

    private final Set<Process> running = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * Runs the command to its end or its time limit.
     *
     * @throws IOException          when the program cannot be started at all
     * @throws InterruptedException when the calling thread is interrupted; the process is killed
     */
    ToolResult run(List<String> command, Duration timeout) throws IOException, InterruptedException {
        if (closed) {
            throw new IOException("the media tools are shut down");
        }
        Process process = new ProcessBuilder(command).start();
        running.add(process);
        try {
            process.getOutputStream().close();
            LineTail stderr = new LineTail(STDERR_LINES);
            BoundedBytes stdout = new BoundedBytes(STDOUT_LIMIT);
            Thread errorDrain = drain("stderr", () -> readLines(process.getErrorStream(), stderr));
            Thread outputDrain = drain("stdout", () -> stdout.readFrom(process.getInputStream()));
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                killTree(process);
                process.waitFor();
            }
            errorDrain.join(DRAIN_WAIT_MILLIS);
            outputDrain.join(DRAIN_WAIT_MILLIS);
            if (stdout.overflowed()) {
                stderr.add(command.get(0) + " wrote more than " + STDOUT_LIMIT + " bytes to standard output");
                return new ToolResult(-1, !finished, "", stderr.lines());
            }
            return new ToolResult(finished ? process.exitValue() : -1, !finished, stdout.text(), stderr.lines());
        } finally {
            if (process.isAlive()) {
                killTree(process);
            }
            running.remove(process);
        }
    }

    /** Kills every tool still running; later runs are refused. */
    @Override
    public void close() {
        closed = true;
        running.forEach(ToolRunner::killTree);
    }

    private static void killTree(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static Thread drain(String stream, Runnable reader) {
        Thread thread = new Thread(reader, "gongxue-media-" + stream);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void readLines(InputStream stream, LineTail tail) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                tail.add(line);
            }
        } catch (IOException e) {
            // The stream closes under the reader when the process is killed: what was read stays.
            tail.add("(error stream ended: " + e.getMessage() + ")");
        }
    }

    /** Standard output up to a limit; the rest is read and dropped so that the tool never blocks. */
    private static final class BoundedBytes {
        private final int limit;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private volatile boolean overflowed;

        BoundedBytes(int limit) {
            this.limit = limit;
        }

        void readFrom(InputStream stream) {
            byte[] buffer = new byte[8192];
            try (stream) {
                int read;
                while ((read = stream.read(buffer)) != -1) {
                    synchronized (this) {
                        int room = limit - bytes.size();
                        bytes.write(buffer, 0, Math.min(room, read));
                        overflowed |= read > room;
                    }
                }
            } catch (IOException e) {
                // As for the error stream: a killed process's output ends; what was read stays.
            }
        }

        boolean overflowed() {
            return overflowed;
        }

        synchronized String text() {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
