package org.gongxue.people.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gongxue.platform.validation.Problem;

/**
 * The rules a new password must meet: at least {@value #MIN_LENGTH} characters, letters and
 * digits, and not the login name (nor containing it). Each broken rule is its own message, so
 * that a person sees everything to fix at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    /** PBKDF2 hashes any length, but an unbounded one is a denial-of-service lever. */
    public static final int MAX_LENGTH = 128;
    static final String FIELD = "password";

    private PasswordPolicy() {
    }

    public static List<Problem> problems(String username, String password) {
        List<Problem> problems = new ArrayList<>();
        String candidate = password == null ? "" : password;
        if (candidate.length() < MIN_LENGTH) {
            problems.add(Problem.of(FIELD, "password.policy.tooShort"));
        }
        if (candidate.length() > MAX_LENGTH) {
            problems.add(Problem.of(FIELD, "password.policy.tooLong"));
        }
        if (candidate.codePoints().noneMatch(Character::isLetter)) {
            problems.add(Problem.of(FIELD, "password.policy.needsLetter"));
        }
        if (candidate.codePoints().noneMatch(Character::isDigit)) {
            problems.add(Problem.of(FIELD, "password.policy.needsDigit"));
        }
        if (username != null && !username.isBlank()
                && candidate.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            problems.add(Problem.of(FIELD, "password.policy.containsUsername"));
        }
        return problems;
    }
}
