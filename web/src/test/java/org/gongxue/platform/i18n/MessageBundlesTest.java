package org.gongxue.platform.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gongxue.platform.i18n.MessageBundlesTestSupport.CHINESE;
import static org.gongxue.platform.i18n.MessageBundlesTestSupport.ENGLISH;
import static org.gongxue.platform.i18n.MessageBundlesTestSupport.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

    private static final String BASE_NAME = "org.gongxue.platform.i18n.messages";
    private static final Path VIEWS = Path.of("src/main/webapp");
    /** {@code msg['some.key']}, and {@code <ui:param name="…Key" value="some.key"/>}. */
    private static final Pattern KEY_IN_VIEW =
            Pattern.compile("msg\\['([^']+)'\\]|name=\"\\w+Key\" value=\"([^\"#]+)\"");
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() {
        assertThat(bundle(ENGLISH).stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle(CHINESE).stringPropertyNames());
    }

    @Test
    void noTextIsBlank() {
        for (String file : Set.of(CHINESE, ENGLISH)) {
            Properties properties = bundle(file);
            assertThat(properties.stringPropertyNames())
                    .as(file)
                    .allSatisfy(key -> assertThat(properties.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void chineseVisitorsGetChineseEvenOnAServerWhoseDefaultLocaleIsEnglish() {
        Locale serverDefault = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            ResourceBundle.clearCache();
            ResourceBundle chinese = ResourceBundle.getBundle(BASE_NAME, Locale.SIMPLIFIED_CHINESE);
            assertThat(chinese.getString("platform.name")).isEqualTo("示范区干部教育培训共同体 · 共学");
        } finally {
            Locale.setDefault(serverDefault);
            ResourceBundle.clearCache();
        }
    }

    @Test
    void englishVisitorsGetEnglish() {
        ResourceBundle english = ResourceBundle.getBundle(BASE_NAME, Locale.ENGLISH);
        assertThat(english.getString("nav.home")).isEqualTo("Home");
    }

    @Test
    void everyKeyTheViewsNameExistsInTheBundle() throws IOException {
        Set<String> keys = bundle(CHINESE).stringPropertyNames();
        assertThat(keysNamedInViews()).isNotEmpty().allSatisfy(key -> assertThat(keys).contains(key));
    }

    /** All user-facing text belongs in the bundles, so that English visitors never meet Chinese. */
    @Test
    void viewsContainNoChineseText() throws IOException {
        for (Path view : views()) {
            String markup = XML_COMMENT.matcher(Files.readString(view)).replaceAll("");
            assertThat(CJK.matcher(markup).find()).as(view.toString()).isFalse();
        }
    }

    private static Set<String> keysNamedInViews() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Path view : views()) {
            Matcher matcher = KEY_IN_VIEW.matcher(Files.readString(view));
            while (matcher.find()) {
                keys.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
            }
        }
        return keys;
    }

    private static Set<Path> views() throws IOException {
        try (Stream<Path> files = Files.walk(VIEWS)) {
            return files.filter(path -> path.toString().endsWith(".xhtml")).collect(Collectors.toSet());
        }
    }
}
