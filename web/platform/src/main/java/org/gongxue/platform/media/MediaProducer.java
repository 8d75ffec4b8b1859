package org.gongxue.platform.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Makes the video processor injectable, configured from MicroProfile Config. It looks for ffmpeg
 * when the application starts, so that the log says at once whether videos will be processed.
 */
@ApplicationScoped
public class MediaProducer {

    @Produces
    @Singleton
    VideoProcessor videoProcessor(Config config) {
        return VideoProcessor.start(MediaSettings.fromConfig(config));
    }

    void close(@Disposes VideoProcessor processor) {
        processor.close();
    }

    @Produces
    @Singleton
    MediaTools mediaTools(VideoProcessor processor) {
        return processor.tools();
    }

    void detectAtStartup(@Observes Startup startup, MediaTools tools) {
        // Injecting the tools is the point: it runs the detection, which logs what it found.
    }
}
