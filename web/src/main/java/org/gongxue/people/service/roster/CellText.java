package org.gongxue.people.service.roster;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How the import tidies what people typed into a spreadsheet cell. */
final class CellText {

    /** Spaces Excel users type without seeing them: full-width (IME) and non-breaking. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\u3000\\u00A0]");
    /** Invisible characters that exports and copy-paste leave behind (byte order mark, zero width). */
    private static final Pattern INVISIBLE = Pattern.compile("[\\uFEFF\\u200B-\\u200D]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private CellText() {
    }

    /** The text without surrounding or invisible spaces; names and units keep their characters. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        return INVISIBLE.matcher(ODD_SPACES.matcher(raw).replaceAll(" ")).replaceAll("").strip();
    }

    /**
     * Cleaned and folded to NFKC, which turns full-width digits, letters and signs (１３８, ＠)
     * into ASCII. Only for codes — phones, e-mails, user names — never for people's names, where
     * NFKC would change some compatibility ideographs.
     */
    static String normalized(String raw) {
        return Normalizer.normalize(clean(raw), Normalizer.Form.NFKC).strip();
    }

    /** The form in which a header or a name is looked up: normalized, lower case, no spaces. */
    static String lookupKey(String raw) {
        return WHITESPACE.matcher(normalized(raw)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
