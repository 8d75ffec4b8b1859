package org.gongxue.people.service.roster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Takes the rows of a file as they are read: finds the header, parses the rows below it, and
 * stops the reading as soon as the file has too many.
 */
final class RosterSheetCollector implements Consumer<SheetRow> {

    /** Templates put a title or a note above the table; a header further down is not looked for. */
    private static final int ROWS_SEARCHED_FOR_HEADER = 10;

    private final int maxRows;
    private final List<RosterRow> rows = new ArrayList<>();
    private int rowsAboveHeader;
    private RosterRowParser parser;

    RosterSheetCollector(int maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    public void accept(SheetRow row) {
        if (row.isBlank()) {
            return;
        }
        if (parser == null) {
            lookForHeader(row);
            return;
        }
        if (rows.size() == maxRows) {
            throw new RosterFileException(RosterProblemKind.FILE_TOO_MANY_ROWS, maxRows);
        }
        rows.add(parser.parse(row));
    }

    /** @throws RosterFileException when the file had no header or no rows under it */
    List<RosterRow> rows() {
        if (parser == null) {
            throw rowsAboveHeader == 0 ? new RosterFileException(RosterProblemKind.FILE_EMPTY) : RosterHeader.noHeader();
        }
        if (rows.isEmpty()) {
            throw new RosterFileException(RosterProblemKind.FILE_NO_ROWS);
        }
        return rows;
    }

    private void lookForHeader(SheetRow row) {
        RosterHeader.recognise(row).ifPresentOrElse(header -> parser = new RosterRowParser(header), () -> {
            if (++rowsAboveHeader == ROWS_SEARCHED_FOR_HEADER) {
                throw RosterHeader.noHeader();
            }
        });
    }
}
