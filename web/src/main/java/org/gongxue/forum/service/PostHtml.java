package org.gongxue.forum.service;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.PolicyFactory;

/**
 * Rich text of posts, cleaned on write with the OWASP Java HTML Sanitizer to an allow-list of
 * what the editor (PrimeFaces' text editor, Quill) produces: paragraphs, emphasis, lists, quotes,
 * code, headings and links. Everything else goes — scripts, event handlers, styles (and with
 * them CSS expressions), SVG, images, frames, forms, {@code javascript:} and {@code data:} URLs.
 * Pages render the stored HTML as is, so this is the one gate; the forum pages' CSP is the
 * second line.
 */
public final class PostHtml {

    /** The editor's own classes (alignment, indentation, code blocks); nothing else may style a post. */
    private static final Pattern EDITOR_CLASS = Pattern.compile("(ql-[a-z0-9-]+)( ql-[a-z0-9-]+)*");
    private static final Set<String> BLOCKS = Set.of("p", "br", "li", "blockquote", "pre", "h3", "h4", "ul", "ol");
    private static final Pattern BLANK_RUNS = Pattern.compile("[ \\t\\x0B\\f\\r]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "blockquote", "pre", "code",
                    "ul", "ol", "li", "h3", "h4", "span", "a")
            // The page owns h1 and h2; a post's headings sit below them.
            .allowElements((name, attributes) -> "h3", "h1", "h2")
            .allowElements((name, attributes) -> "h4", "h5", "h6")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("http", "https", "mailto")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .allowAttributes("class").matching(EDITOR_CLASS).onElements("p", "li", "span", "pre", "h3", "h4")
            .toFactory();

    private PostHtml() {
    }

    /** The HTML as it may be stored and shown, and its text. */
    public static SafeHtml clean(String untrusted) {
        String html = POLICY.sanitize(untrusted == null ? "" : untrusted);
        return new SafeHtml(html, textOf(html));
    }

    /** Plain text with a line break for each block: for snippets, quotes, mentions and the index. */
    static String textOf(String html) {
        StringBuilder text = new StringBuilder();
        HtmlSanitizer.sanitize(html, new HtmlSanitizer.Policy() {
            @Override
            public void openDocument() {
            }

            @Override
            public void closeDocument() {
            }

            @Override
            public void openTag(String name, List<String> attributes) {
                if (BLOCKS.contains(name)) {
                    text.append('\n');
                }
            }

            @Override
            public void closeTag(String name) {
                if (BLOCKS.contains(name)) {
                    text.append('\n');
                }
            }

            @Override
            public void text(String chunk) {
                text.append(chunk);
            }
        });
        String spaced = BLANK_RUNS.matcher(text).replaceAll(" ");
        return BLANK_LINES.matcher(spaced).replaceAll("\n").strip();
    }

    /** Sanitized HTML and the text it shows. */
    public record SafeHtml(String html, String text) {

        public boolean isBlank() {
            return text.isBlank();
        }
    }
}
