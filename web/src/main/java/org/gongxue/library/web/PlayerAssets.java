package org.gongxue.library.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Where the video.js WebJar keeps its files, for {@code h:outputScript library="webjars"}: its
 * folder carries its version, read from the jar itself so that web/pom.xml alone names it.
 */
@Named
@ApplicationScoped
public class PlayerAssets {

    private static final String POM_PROPERTIES = "/META-INF/maven/org.webjars.npm/video.js/pom.properties";

    private final String path;

    public PlayerAssets() {
        Properties pom = new Properties();
        try (InputStream in = PlayerAssets.class.getResourceAsStream(POM_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the video.js WebJar is missing (" + POM_PROPERTIES + ")");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        path = "video.js/" + pom.getProperty("version") + "/dist";
    }

    /** The folder of video.min.js, video-js.min.css and lang/ under {@code META-INF/resources/webjars}. */
    public String getPath() {
        return path;
    }
}
