package org.gongxue.people.service.roster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Mainland China mobile numbers: eleven digits starting with 1. */
final class MobilePhone {

    /** What people put between digit groups: 138 1234 5678, 138-1234-5678. */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]");
    private static final Pattern WITH_COUNTRY_CODE = Pattern.compile("^(?:\\+86|0086|86)(1[0-9]{10})$");
    private static final Pattern VALID = Pattern.compile("^1[0-9]{10}$");

    private MobilePhone() {
    }

    /** The number as stored: full-width digits folded, separators and the +86 prefix removed. */
    static String normalize(String written) {
        String digits = SEPARATORS.matcher(CellText.normalized(written)).replaceAll("");
        Matcher international = WITH_COUNTRY_CODE.matcher(digits);
        return international.matches() ? international.group(1) : digits;
    }

    static boolean isValid(String normalized) {
        return VALID.matcher(normalized).matches();
    }
}
