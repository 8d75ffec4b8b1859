package org.gongxue.forum.service;

import java.util.regex.Pattern;

/** Quoted words compared and stored without regard to how the editor spaced them. */
final class Quotes {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private Quotes() {
    }

    static String normalize(String text) {
        return text == null ? "" : WHITESPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The start of a text, cut at a whole character, for a quote of a whole post. */
    static String opening(String text, int limit) {
        String normal = normalize(text);
        return normal.length() <= limit ? normal : normal.substring(0, normal.offsetByCodePoints(0, limit - 1)) + "…";
    }
}
