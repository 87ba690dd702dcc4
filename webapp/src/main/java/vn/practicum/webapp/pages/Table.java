package vn.practicum.webapp.pages;

import java.util.List;

/**
 * A table as a page shows it and as it is exported: the same header and cells, already in the reader's language.
 *
 * @param name   the file name without extension ({@code summary-field})
 * @param title  the caption
 * @param header the column titles
 * @param rows   the cells, as text
 */
record Table(String name, String title, List<String> header, List<List<String>> rows) {
}
