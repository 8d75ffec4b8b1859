package org.gongxue.platform.streaming;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entity tag (RFC 9110 §8.8.3) and the two ways of comparing them (§8.8.3.2).
 *
 * @param opaque the characters between the quotes
 * @param weak   whether it carried the {@code W/} prefix
 */
public record EntityTag(String opaque, boolean weak) {

    /**
     * The strong tag for a stored object, from the store's ETag, or empty when the store gave
     * none or one that cannot be sent as an entity tag. The store's ETag changes whenever the
     * bytes do and we send the bytes unchanged, so a strong tag is honest (RFC 9110 §8.8.1).
     */
    public static Optional<EntityTag> strongFromStore(String storeEtag) {
        if (storeEtag == null || storeEtag.isEmpty() || !storeEtag.chars().allMatch(EntityTag::isEtagChar)) {
            return Optional.empty();
        }
        return Optional.of(new EntityTag(storeEtag, false));
    }

    /**
     * The tags of an {@code If-Match} or {@code If-None-Match} value; empty when the value is
     * {@code *}. Malformed members are skipped, so they match nothing.
     */
    public static List<EntityTag> parseList(String value) {
        List<EntityTag> tags = new ArrayList<>();
        int i = 0;
        while (i < value.length()) {
            boolean weak = value.startsWith("W/\"", i);
            int open = weak ? i + 2 : i;
            if (value.charAt(open) == '"') {
                // Commas may appear inside an opaque tag, so the list is scanned, not split.
                int close = value.indexOf('"', open + 1);
                if (close < 0) {
                    break;
                }
                String opaque = value.substring(open + 1, close);
                if (opaque.chars().allMatch(EntityTag::isEtagChar)) {
                    tags.add(new EntityTag(opaque, weak));
                }
                i = close + 1;
            } else {
                i++;
            }
        }
        return tags;
    }

    /** One entity tag, as in {@code If-Range}; empty when the value is not exactly one tag. */
    public static Optional<EntityTag> parseSingle(String value) {
        String text = ByteRangeHeader.stripOws(value);
        boolean weak = text.startsWith("W/");
        String quoted = weak ? text.substring(2) : text;
        if (quoted.length() < 2 || !quoted.startsWith("\"") || !quoted.endsWith("\"")) {
            return Optional.empty();
        }
        String opaque = quoted.substring(1, quoted.length() - 1);
        if (!opaque.chars().allMatch(EntityTag::isEtagChar)) {
            return Optional.empty();
        }
        return Optional.of(new EntityTag(opaque, weak));
    }

    /** Both strong and the same characters: what If-Match and If-Range need. */
    public boolean strongMatch(EntityTag other) {
        return !weak && !other.weak && opaque.equals(other.opaque);
    }

    /** The same characters, weak or not: what If-None-Match needs. */
    public boolean weakMatch(EntityTag other) {
        return opaque.equals(other.opaque);
    }

    /** The header form: {@code "opaque"} or {@code W/"opaque"}. */
    public String headerValue() {
        return (weak ? "W/\"" : "\"") + opaque + "\"";
    }

    /** etagc = %x21 / %x23-7E / obs-text (RFC 9110 §8.8.3). */
    private static boolean isEtagChar(int c) {
        return c == 0x21 || c >= 0x23 && c <= 0x7E || c >= 0x80 && c <= 0xFF;
    }
}
