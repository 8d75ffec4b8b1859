package org.gongxue.people.service.roster;

import java.util.List;

/**
 * One row of a spreadsheet or CSV file as text, before it means anything.
 *
 * @param number the row number people see in Excel (the first row is 1)
 * @param cells  the cells from column A on; a missing cell is an empty string
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(cell -> CellText.clean(cell).isEmpty());
    }
}
