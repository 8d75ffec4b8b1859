package org.gongxue.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.elasticsearch.plugin.Extensible;
import org.elasticsearch.plugin.NamedComponent;
import org.junit.jupiter.api.Test;

/**
 * The zip ships named_components.json so that the node never has to scan the jars for it; this
 * test keeps that hand-written file in step with the @NamedComponent classes.
 */
class NamedComponentsDescriptorTest {

    private static final String PACKAGE = "org.gongxue.search.analysis";

    @Test
    void listsEveryNamedComponentUnderItsExtensibleInterface() throws Exception {
        Map<String, Map<String, String>> declared = new ObjectMapper().readValue(
                Path.of("src/plugin-descriptor/named_components.json").toFile(), new TypeReference<>() {});

        assertThat(declared).isEqualTo(scanCompiledComponents());
    }

    private static Map<String, Map<String, String>> scanCompiledComponents() throws IOException, ClassNotFoundException {
        Map<String, Map<String, String>> found = new HashMap<>();
        Path packageDir = Path.of("target/classes", PACKAGE.split("\\."));
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(packageDir)) {
            classFiles = files.filter(f -> f.toString().endsWith(".class")).toList();
        }
        for (Path file : classFiles) {
            String simpleName = file.getFileName().toString().replace(".class", "");
            Class<?> type = Class.forName(PACKAGE + "." + simpleName);
            NamedComponent named = type.getAnnotation(NamedComponent.class);
            if (named == null) {
                continue;
            }
            Class<?> extensible = Arrays.stream(type.getInterfaces())
                    .filter(i -> i.isAnnotationPresent(Extensible.class))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(type + " implements no @Extensible interface"));
            found.computeIfAbsent(extensible.getName(), k -> new HashMap<>()).put(named.value(), type.getName());
        }
        return found;
    }
}
