package vn.practicum.engine.tracking;

import vn.practicum.engine.spi.Stage;

/**
 * What a school's or host's list asks for. Null filters match everything.
 *
 * @param schoolCode  the school, or null for a host's list
 * @param hostCode    the host (the host's list, or a filter of the school's list), or null
 * @param stage       only students in this stage
 * @param fieldKey    only students of this field
 * @param text        only students whose name or student code contains this, diacritics and case ignored
 * @param overdueOnly only students whose open task is past its due date
 * @param page        zero-based
 * @param size        1 to {@link TrackingPageQueries#MAX_PAGE_SIZE}
 */
public record StudentSearch(String schoolCode, String hostCode, Stage stage, String fieldKey, String text,
                            boolean overdueOnly, int page, int size) {

    public StudentSearch {
        if (schoolCode == null && hostCode == null) {
            throw new IllegalArgumentException("a list is a school's or a host's");
        }
        if (page < 0 || size < 1 || size > TrackingPageQueries.MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page must be 0 or more and size between 1 and "
                    + TrackingPageQueries.MAX_PAGE_SIZE);
        }
    }
}
