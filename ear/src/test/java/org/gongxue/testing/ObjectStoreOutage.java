package org.gongxue.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops the S3Proxy the build started for the integration tests and starts it again, for tests
 * of what the platform does while its object store is down. Runs inside the test server, which
 * the build starts on the same machine: the server's {@code jboss.home.dir} is
 * {@code ear/target/server}, so the scripts and the S3Proxy jar are found beside it, and the
 * object store's data, port and keys are the server's own settings. Use with try-with-resources:
 * closing starts the store again and waits until it answers.
 */
public final class ObjectStoreOutage implements AutoCloseable {

    private static final long SCRIPT_SECONDS = 90;

    private final Path script;
    private final Path data;

    private ObjectStoreOutage(Path script, Path data) {
        this.script = script;
        this.data = data;
    }

    public static ObjectStoreOutage begin() {
        Path server = Path.of(System.getProperty("jboss.home.dir"));
        Path script = server.resolve("../../src/main/sh/s3proxy.sh").normalize();
        Path data = Path.of(System.getProperty("gongxue.data.dir")).resolve("s3");
        ObjectStoreOutage outage = new ObjectStoreOutage(script, data);
        outage.run(List.of("stop", "--data", data.toString()));
        return outage;
    }

    @Override
    public void close() {
        Path jar = Path.of(System.getProperty("jboss.home.dir")).resolve("../runtime/s3proxy.jar").normalize();
        run(List.of("start", "--jar", jar.toString(), "--data", data.toString(),
                "--port", Integer.toString(URI.create(System.getProperty("gongxue.s3.endpoint")).getPort()),
                "--access-key", System.getProperty("gongxue.s3.access-key"),
                "--secret-key", System.getProperty("gongxue.s3.secret-key")));
    }

    private void run(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of("bash", script.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // The script's own lines only: the server it starts writes to its log file.
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(SCRIPT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("s3proxy.sh " + arguments.get(0) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
