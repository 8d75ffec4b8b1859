package org.gongxue.people.service.roster;

/**
 * Everything the import can find wrong, each with its message in the bundles
 * ({@code org.gongxue.platform.i18n.messages}). The arguments of each message are listed here.
 */
public enum RosterProblemKind {

    // The file as a whole: at most one, and then there are no rows.
    FILE_EMPTY("roster.file.empty"),
    /** {0}: the limit in MB. */
    FILE_TOO_LARGE("roster.file.tooLarge"),
    FILE_TOO_LARGE_UNPACKED("roster.file.tooLargeUnpacked"),
    /** An OLE2 file: a legacy .xls workbook or a password-protected .xlsx. */
    FILE_LEGACY_OR_ENCRYPTED("roster.file.legacyOrEncrypted"),
    FILE_UNSUPPORTED_TYPE("roster.file.unsupportedType"),
    FILE_UNREADABLE("roster.file.unreadable"),
    /** {0}: the limit. */
    FILE_TOO_MANY_ROWS("roster.file.tooManyRows"),
    /** {0}: the missing headers, joined with 、. */
    FILE_MISSING_COLUMNS("roster.file.missingColumns"),
    /** {0}: the header found twice. */
    FILE_DUPLICATE_COLUMN("roster.file.duplicateColumn"),
    FILE_NO_ROWS("roster.file.noRows"),

    // One row.
    NAME_MISSING("roster.row.nameMissing"),
    /** {0}: the login name as written; sign-in names are Latin letters, digits and . _ @ - only. */
    USERNAME_INVALID("roster.row.usernameInvalid"),
    PHONE_MISSING("roster.row.phoneMissing"),
    /** {0}: the phone as written. */
    PHONE_INVALID("roster.row.phoneInvalid"),
    /** {0}: the e-mail as written. */
    EMAIL_INVALID("roster.row.emailInvalid"),
    LOCALITY_MISSING("roster.row.localityMissing"),
    /** {0}: the locality as written. */
    LOCALITY_UNKNOWN("roster.row.localityUnknown"),
    /** {0}: the locality as written. */
    LOCALITY_NOT_MANAGED("roster.row.localityNotManaged"),
    UNIT_MISSING("roster.row.unitMissing"),
    /** {0}: the unit, {1}: the locality as written. */
    UNIT_UNKNOWN("roster.row.unitUnknown"),
    /** {0}: the role as written. */
    ROLE_UNKNOWN("roster.row.roleUnknown"),
    /** {0}: the role's official name. */
    ROLE_NOT_ALLOWED("roster.row.roleNotAllowed"),
    /** {0}: the user name, {1}: the number of the row that has it first. */
    DUPLICATE_USERNAME("roster.row.duplicateUsername"),
    /** {0}: the phone, {1}: the number of the row that has it first. */
    DUPLICATE_PHONE("roster.row.duplicatePhone"),
    /** {0}: the user name. */
    USERNAME_TAKEN("roster.row.usernameTaken"),
    /** {0}: the phone. */
    PHONE_TAKEN("roster.row.phoneTaken");

    private final String key;

    RosterProblemKind(String key) {
        this.key = key;
    }

    /** The bundle key of the message. */
    public String getKey() {
        return key;
    }
}
