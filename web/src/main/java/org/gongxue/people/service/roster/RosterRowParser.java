package org.gongxue.people.service.roster;

import org.gongxue.people.service.PersonRules;
import org.gongxue.platform.access.Role;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads one row's values and finds what is wrong with the row on its own. */
final class RosterRowParser {

    /** Something@domain.tld without spaces: enough to catch typos; the mail server has the last word. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]+$");
    /** 、 and ； as typed in Chinese; NFKC has already folded ， and ； into , and ;. */
    private static final Pattern ROLE_SEPARATORS = Pattern.compile("[、,;\\s]+");
    private static final Role ROLE_WHEN_NONE_GIVEN = Role.CADRE;

    private final RosterHeader header;

    RosterRowParser(RosterHeader header) {
        this.header = header;
    }

    RosterRow parse(SheetRow sheetRow) {
        String name = header.cell(sheetRow, RosterColumn.NAME);
        String writtenPhone = header.cell(sheetRow, RosterColumn.PHONE);
        String phone = MobilePhone.normalize(writtenPhone);
        // Lower case: sign-in names compare without case (the people service stores them so).
        String givenUsername = CellText.normalized(header.cell(sheetRow, RosterColumn.USERNAME)).toLowerCase(Locale.ROOT);
        String email = CellText.normalized(header.cell(sheetRow, RosterColumn.EMAIL));
        String localityText = header.cell(sheetRow, RosterColumn.LOCALITY);
        Optional<String> locality = RosterVocabulary.LOCALITIES.find(localityText);
        String unit = header.cell(sheetRow, RosterColumn.UNIT);
        String rolesText = CellText.normalized(header.cell(sheetRow, RosterColumn.ROLES));

        RosterRow row = new RosterRow(sheetRow.number(), name, givenUsername.isEmpty() ? phone : givenUsername, phone,
                email, localityText, locality.orElse(null), unit, header.cell(sheetRow, RosterColumn.POSITION),
                roles(rolesText));

        if (name.isEmpty()) {
            row.addProblem(RosterProblemKind.NAME_MISSING);
        }
        // The people service's own rule, so that a preview without problems is one that imports.
        if (!givenUsername.isEmpty() && !PersonRules.usernameProblems(givenUsername).isEmpty()) {
            row.addProblem(RosterProblemKind.USERNAME_INVALID, givenUsername);
        }
        if (writtenPhone.isEmpty()) {
            row.addProblem(RosterProblemKind.PHONE_MISSING);
        } else if (!MobilePhone.isValid(phone)) {
            row.addProblem(RosterProblemKind.PHONE_INVALID, writtenPhone);
        }
        if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
            row.addProblem(RosterProblemKind.EMAIL_INVALID, email);
        }
        if (localityText.isEmpty()) {
            row.addProblem(RosterProblemKind.LOCALITY_MISSING);
        } else if (locality.isEmpty()) {
            row.addProblem(RosterProblemKind.LOCALITY_UNKNOWN, localityText);
        }
        if (unit.isEmpty()) {
            row.addProblem(RosterProblemKind.UNIT_MISSING);
        }
        roleNames(rolesText)
                .filter(role -> RosterVocabulary.ROLES.find(role).isEmpty())
                .forEach(unknown -> row.addProblem(RosterProblemKind.ROLE_UNKNOWN, unknown));
        return row;
    }

    /** The known roles of the cell; unknown names are reported by {@link #parse}. */
    private static Set<Role> roles(String rolesText) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roleNames(rolesText).forEach(name -> RosterVocabulary.ROLES.find(name).ifPresent(roles::add));
        return rolesText.isEmpty() ? EnumSet.of(ROLE_WHEN_NONE_GIVEN) : roles;
    }

    private static Stream<String> roleNames(String rolesText) {
        return ROLE_SEPARATORS.splitAsStream(rolesText).filter(name -> !name.isEmpty());
    }
}
