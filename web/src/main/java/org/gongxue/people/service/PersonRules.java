package org.gongxue.people.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gongxue.platform.validation.Problem;

/**
 * The shape rules of a person's details, without the database (the service adds the checks that
 * need it: unknown unit, login name taken). Public so that the roster import's preview reports
 * exactly what creation would refuse.
 */
public final class PersonRules {

    /** Phone numbers, staff ids or e-mail-like names: lower case, 3–64 characters. */
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,63}");
    /** A mainland mobile number, or a landline with area code (0512-63000000). */
    private static final Pattern PHONE = Pattern.compile("1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int NAME_LENGTH = 100;
    static final int POSITION_LENGTH = 200;

    private PersonRules() {
    }

    /** Login names compare without case: stored and looked up in lower case. */
    public static String normalizeUsername(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public static List<Problem> usernameProblems(String username) {
        return USERNAME.matcher(normalizeUsername(username)).matches()
                ? List.of()
                : List.of(Problem.of("username", "person.problem.usernameInvalid"));
    }

    public static List<Problem> detailProblems(String name, String position, String phone, String email) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("name", "person.problem.nameRequired"));
        } else if (name.strip().length() > NAME_LENGTH) {
            problems.add(Problem.of("name", "person.problem.nameTooLong"));
        }
        if (position != null && position.strip().length() > POSITION_LENGTH) {
            problems.add(Problem.of("position", "person.problem.positionTooLong"));
        }
        if (phone != null && !phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
            problems.add(Problem.of("phone", "person.problem.phoneInvalid"));
        }
        if (email != null && !email.isBlank() && (email.strip().length() > 200 || !EMAIL.matcher(email.strip()).matches())) {
            problems.add(Problem.of("email", "person.problem.emailInvalid"));
        }
        return problems;
    }

    /** Blank optional text is stored as null, everything else stripped. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
