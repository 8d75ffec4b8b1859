package org.gongxue.people.service.roster;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Where each column of a roster is, read from its header row. */
final class RosterHeader {

    /** What templates put around headers to mark them required: 姓名*, *手机号. */
    private static final Pattern REQUIRED_MARK = Pattern.compile("^\\*+|\\*+$");
    private static final String LIST_SEPARATOR = "、";

    private final Map<RosterColumn, Integer> indexes;

    private RosterHeader(Map<RosterColumn, Integer> indexes) {
        this.indexes = indexes;
    }

    /**
     * The header in this row, or empty if the row names no column at all (a title above the
     * table).
     *
     * @throws RosterFileException if the row is a header but names a column twice or lacks a
     *                             required one
     */
    static Optional<RosterHeader> recognise(SheetRow row) {
        Map<RosterColumn, Integer> indexes = new EnumMap<>(RosterColumn.class);
        for (int index = 0; index < row.cells().size(); index++) {
            String header = row.cell(index);
            Optional<RosterColumn> column =
                    RosterColumn.HEADERS.find(REQUIRED_MARK.matcher(CellText.normalized(header)).replaceAll(""));
            if (column.isPresent() && indexes.putIfAbsent(column.get(), index) != null) {
                throw new RosterFileException(RosterProblemKind.FILE_DUPLICATE_COLUMN, CellText.clean(header));
            }
        }
        if (indexes.isEmpty()) {
            return Optional.empty();
        }
        if (!indexes.keySet().containsAll(requiredColumns())) {
            throw missingColumns(indexes.keySet());
        }
        return Optional.of(new RosterHeader(indexes));
    }

    /** The problem of a file in which no header row was found. */
    static RosterFileException noHeader() {
        return missingColumns(Set.of());
    }

    /** The cell of a column in a row, cleaned; empty when the roster has no such column. */
    String cell(SheetRow row, RosterColumn column) {
        Integer index = indexes.get(column);
        return index == null ? "" : CellText.clean(row.cell(index));
    }

    private static RosterFileException missingColumns(Set<RosterColumn> present) {
        String missing = requiredColumns().stream()
                .filter(column -> !present.contains(column))
                .map(RosterColumn::getHeader)
                .collect(Collectors.joining(LIST_SEPARATOR));
        return new RosterFileException(RosterProblemKind.FILE_MISSING_COLUMNS, missing);
    }

    private static Set<RosterColumn> requiredColumns() {
        return Arrays.stream(RosterColumn.values())
                .filter(RosterColumn::isRequired)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RosterColumn.class)));
    }
}
