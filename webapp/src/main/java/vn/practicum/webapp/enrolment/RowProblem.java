package vn.practicum.webapp.enrolment;

import vn.practicum.engine.spi.LocalizedText;

/**
 * One thing wrong with an enrolment file.
 *
 * @param row     the row as the spreadsheet numbers it (the header is row 1), or 0 for the file as a whole
 * @param column  the column's name, or null when the problem is the row's or the file's
 * @param value   the value at fault as it was read, or null; it may hold anything, so it is written out only
 *                through {@link SpreadsheetSafeCsv} or as text
 * @param problem what is wrong, Vietnamese and English
 */
record RowProblem(int row, String column, String value, LocalizedText problem) {

    static RowProblem ofFile(String vi, String en) {
        return new RowProblem(0, null, null, LocalizedText.of(vi, en));
    }

    /** "Dòng 3, cột email: ... / Row 3, column email: ...". */
    String describe() {
        String whereVi = row == 0 ? "Tệp" : "Dòng " + row + (column == null ? "" : ", cột " + column);
        String whereEn = row == 0 ? "File" : "Row " + row + (column == null ? "" : ", column " + column);
        return whereVi + ": " + problem.vi() + " / " + whereEn + ": " + problem.en();
    }
}
