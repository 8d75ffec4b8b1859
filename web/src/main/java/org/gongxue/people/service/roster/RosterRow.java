package org.gongxue.people.service.roster;

import org.gongxue.platform.access.Role;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * One person of a roster: the values read from the row and everything wrong with them.
 * Getters rather than a record, for the preview table (Jakarta EL 5 cannot read records).
 * Text values are cleaned and never null; the locality is null when missing or unknown.
 */
public final class RosterRow {

    private final int rowNumber;
    private final String name;
    private final String username;
    private final String phone;
    private final String email;
    private final String localityText;
    private final String localityCode;
    private final String unit;
    private final String position;
    private final Set<Role> roles;
    private final List<RosterProblem> problems = new ArrayList<>();

    RosterRow(int rowNumber, String name, String username, String phone, String email, String localityText,
            String localityCode, String unit, String position, Set<Role> roles) {
        this.rowNumber = rowNumber;
        this.name = name;
        this.username = username;
        this.phone = phone;
        this.email = email;
        this.localityText = localityText;
        this.localityCode = localityCode;
        this.unit = unit;
        this.position = position;
        this.roles = Set.copyOf(roles);
    }

    /** Only while the preview is being built; the rows are read-only once it is published. */
    void addProblem(RosterProblemKind kind, Object... arguments) {
        problems.add(new RosterProblem(kind, arguments));
    }

    boolean hasProblem(RosterProblemKind kind) {
        return problems.stream().anyMatch(problem -> problem.getKind() == kind);
    }

    /**
     * True when the user name was defaulted to (or typed as) the phone: then a clash of the phone
     * is also a clash of the user name, and is reported once.
     */
    boolean usernameIsPhone() {
        return username.equals(phone);
    }

    /** @throws IllegalStateException if the row has problems */
    NewPerson toNewPerson() {
        if (!isValid()) {
            throw new IllegalStateException("Row " + rowNumber + " has problems: " + problems);
        }
        return new NewPerson(username, name, phone, nullIfEmpty(email), localityCode, unit, nullIfEmpty(position), roles);
    }

    /** The row number as Excel shows it. */
    public int getRowNumber() {
        return rowNumber;
    }

    public String getName() {
        return name;
    }

    public String getUsername() {
        return username;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    /** The locality as written, for showing next to a problem. */
    public String getLocalityText() {
        return localityText;
    }

    public String getLocalityCode() {
        return localityCode;
    }

    public String getUnit() {
        return unit;
    }

    public String getPosition() {
        return position;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public List<RosterProblem> getProblems() {
        return Collections.unmodifiableList(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    @Override
    public String toString() {
        return "RosterRow[" + rowNumber + ", " + username + ", problems " + problems + "]";
    }

    private static String nullIfEmpty(String text) {
        return text.isEmpty() ? null : text;
    }
}
