package org.gongxue.platform.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.gongxue.contentstore.ContentStore;
import org.gongxue.contentstore.ContentStoreSettings;
import org.gongxue.platform.media.MediaSettings;
import org.gongxue.platform.media.VideoProcessor;
import org.gongxue.search.index.SearchConnection;
import org.gongxue.search.index.SearchHealthProbe;
import org.gongxue.search.index.SearchSettings;
import org.gongxue.testing.PlatformDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The readiness checks, inside the server, pointed at a port where nothing listens: each reports
 * DOWN and says why, instead of hanging or throwing. Media, whose absence stops nothing, stays UP
 * and says why.
 */
@ExtendWith(ArquillianExtension.class)
class ReadinessWhenServersAreDownIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return PlatformDeployment.withTestClasses(ReadinessWhenServersAreDownIT.class);
    }

    @Test
    void objectStoreIsDownWithTheEndpointInTheReason() throws IOException {
        String endpoint = "http://127.0.0.1:" + closedPort();
        ObjectStoreReadiness check = new ObjectStoreReadiness();
        try (ContentStore unreachable = new ContentStore(new ContentStoreSettings(endpoint, "key", "secret",
                "gongxue", "us-east-1", ContentStoreSettings.DEFAULT_PART_SIZE_MB))) {
            check.contentStore = unreachable;

            HealthCheckResponse response = check.call();

            assertThat(response.getName()).isEqualTo("object-store");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(reason(response)).contains(endpoint);
        }
    }

    @Test
    void searchIsDownAndSaysItIsUnreachable() throws IOException {
        URI url = URI.create("http://127.0.0.1:" + closedPort());
        SearchReadiness check = new SearchReadiness();
        try (SearchConnection unreachable = SearchConnection.open(
                new SearchSettings(url, null, null, SearchSettings.DEFAULT_INDEX))) {
            check.probe = new SearchHealthProbe(unreachable.client());

            HealthCheckResponse response = check.call();

            assertThat(response.getName()).isEqualTo("search");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
            assertThat(reason(response)).startsWith("unreachable").contains("Connection refused");
        }
    }

    @Test
    void missingFfmpegKeepsMediaUpAndSaysWhichSettingFixesIt() {
        MediaToolsReadiness check = new MediaToolsReadiness();
        MediaSettings noFfmpeg = MediaSettings.builder().ffmpeg(Path.of("/nonexistent/ffmpeg")).build();
        try (VideoProcessor processor = VideoProcessor.start(noFfmpeg)) {
            check.tools = processor.tools();

            HealthCheckResponse response = check.call();

            assertThat(response.getName()).isEqualTo("media");
            assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(response.getData().orElseThrow()).containsEntry("video-processing", "unavailable");
            assertThat(reason(response)).startsWith("ffmpeg not found at /nonexistent/ffmpeg (GONGXUE_MEDIA_FFMPEG)");
        }
    }

    private static String reason(HealthCheckResponse response) {
        Map<String, Object> data = response.getData().orElseThrow();
        return String.valueOf(data.get("reason"));
    }

    /** A port that was free a moment ago and that nothing listens on now. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
