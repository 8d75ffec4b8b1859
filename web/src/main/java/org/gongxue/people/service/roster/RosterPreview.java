package org.gongxue.people.service.roster;

import java.util.List;

/**
 * What an import would do: every row with its values and problems, or the one problem that kept
 * the file from being read. Nothing has been written when a preview exists.
 * Getters rather than a record, for the preview page (Jakarta EL 5 cannot read records).
 */
public final class RosterPreview {

    private final List<RosterProblem> fileProblems;
    private final List<RosterRow> rows;

    private RosterPreview(List<RosterProblem> fileProblems, List<RosterRow> rows) {
        this.fileProblems = List.copyOf(fileProblems);
        this.rows = List.copyOf(rows);
    }

    static RosterPreview ofRows(List<RosterRow> rows) {
        return new RosterPreview(List.of(), rows);
    }

    static RosterPreview ofFileProblem(RosterProblem problem) {
        return new RosterPreview(List.of(problem), List.of());
    }

    /** Problems of the file as a whole (unreadable, too large, columns missing…); then there are no rows. */
    public List<RosterProblem> getFileProblems() {
        return fileProblems;
    }

    /** The rows in file order. */
    public List<RosterRow> getRows() {
        return rows;
    }

    public int getRowCount() {
        return rows.size();
    }

    public int getValidRowCount() {
        return (int) rows.stream().filter(RosterRow::isValid).count();
    }

    public int getInvalidRowCount() {
        return getRowCount() - getValidRowCount();
    }

    public int getProblemCount() {
        return fileProblems.size() + rows.stream().mapToInt(row -> row.getProblems().size()).sum();
    }

    /** True only when the file was read, has rows, and not one problem: imports are all or nothing. */
    public boolean canCommit() {
        return fileProblems.isEmpty() && !rows.isEmpty() && getInvalidRowCount() == 0;
    }

    /**
     * The people to create, in file order: what the commit hands to the people service.
     *
     * @throws IllegalStateException unless {@link #canCommit()}
     */
    public List<NewPerson> newPeople() {
        if (!canCommit()) {
            throw new IllegalStateException("A roster with problems cannot be imported: " + getProblemCount() + " problems");
        }
        return rows.stream().map(RosterRow::toNewPerson).toList();
    }
}
