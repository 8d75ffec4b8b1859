package org.gongxue.platform.setup;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;

/** Content the project ships as JSON next to the class that uses it (the demo content), read with JSON-B. */
public final class BundledJson {

    private BundledJson() {
    }

    /** @throws IllegalStateException when the file is missing or does not fit {@code type}: a build defect */
    public static <T> T read(Class<?> neighbour, String name, Class<T> type) {
        try (Jsonb json = JsonbBuilder.create(); InputStream in = neighbour.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " next to " + neighbour.getName());
            }
            return json.fromJson(in, type);
        } catch (IllegalStateException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + name + " next to " + neighbour.getName(), e);
        }
    }
}
