package org.gongxue.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the Elasticsearch node and the S3Proxy the build started for the integration
 * tests, from inside the server under test, with the scripts the build used. For fault tests:
 * always start again what was stopped (in a finally block), or every later test fails.
 *
 * <p>Paths follow ear/pom.xml: the server's {@code gongxue.data.dir} is {@code target/it-data},
 * and the servers' distributions lie in {@code target/runtime}.
 */
public final class LocalServers {

    private static final long SCRIPT_TIMEOUT_SECONDS = 240;

    private final Path target;
    private final Path scripts;

    private LocalServers(Path target) {
        this.target = target;
        this.scripts = target.getParent().resolve("src/main/sh");
    }

    /** The servers of the test run this server belongs to. */
    public static LocalServers ofThisTestRun() {
        return new LocalServers(dataDir().getParent());
    }

    public void stopElasticsearch() {
        run("elasticsearch.sh", "stop", "--data", dataDir().resolve("elasticsearch").toString());
    }

    /** Returns once the node answers and its cluster is at least yellow. */
    public void startElasticsearch() {
        run("elasticsearch.sh", "start",
                "--dist", target.resolve("runtime/elasticsearch.zip").toString(),
                "--home", target.resolve("elasticsearch").toString(),
                "--plugin", target.resolve("runtime/gongxue-analysis-plugin.zip").toString(),
                "--data", dataDir().resolve("elasticsearch").toString(),
                "--port", Integer.toString(URI.create(System.getProperty("gongxue.elasticsearch.url")).getPort()));
    }

    public void stopObjectStore() {
        run("s3proxy.sh", "stop", "--data", dataDir().resolve("s3").toString());
    }

    public void startObjectStore() {
        run("s3proxy.sh", "start",
                "--jar", target.resolve("runtime/s3proxy.jar").toString(),
                "--data", dataDir().resolve("s3").toString(),
                "--port", Integer.toString(URI.create(System.getProperty("gongxue.s3.endpoint")).getPort()),
                "--access-key", System.getProperty("gongxue.s3.access-key"),
                "--secret-key", System.getProperty("gongxue.s3.secret-key"));
    }

    private static Path dataDir() {
        String dataDir = System.getProperty("gongxue.data.dir");
        if (dataDir == null) {
            throw new IllegalStateException("gongxue.data.dir is not set: not the server of an integration test run");
        }
        return Path.of(dataDir);
    }

    private void run(String script, String... arguments) {
        List<String> command = new ArrayList<>(List.of("bash", scripts.resolve(script).toString()));
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT).start();
            if (!process.waitFor(SCRIPT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + SCRIPT_TIMEOUT_SECONDS + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with exit code " + process.exitValue());
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command, e);
        }
    }
}
