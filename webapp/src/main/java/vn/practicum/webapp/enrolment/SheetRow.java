package vn.practicum.webapp.enrolment;

import java.util.List;

/**
 * One row of an enrolment file as read: trimmed, Unicode NFC cells.
 *
 * @param number the row as the spreadsheet numbers it (1 is the first row)
 * @param cells  the cells from the first column on; missing cells are empty strings
 */
record SheetRow(int number, List<String> cells) {

    SheetRow {
        cells = List.copyOf(cells);
    }

    String cell(int column) {
        return column < cells.size() ? cells.get(column) : "";
    }

    boolean isBlank() {
        return cells.stream().allMatch(String::isEmpty);
    }
}
