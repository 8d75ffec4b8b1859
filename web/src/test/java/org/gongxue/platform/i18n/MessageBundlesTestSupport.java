package org.gongxue.platform.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

/** Reads the message bundles as files, without ResourceBundle's fallbacks hiding a missing key. */
public final class MessageBundlesTestSupport {

    public static final String CHINESE = "messages.properties";
    public static final String ENGLISH = "messages_en.properties";

    private MessageBundlesTestSupport() {
    }

    public static Properties bundle(String fileName) {
        try (InputStream in = MessageBundlesTestSupport.class.getResourceAsStream(fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("No bundle " + fileName + " on the class path");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Properties> allBundles() {
        return List.of(bundle(CHINESE), bundle(ENGLISH));
    }
}
