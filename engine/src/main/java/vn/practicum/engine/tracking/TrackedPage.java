package vn.practicum.engine.tracking;

import java.util.List;

/**
 * One page of a school's or host's list.
 *
 * @param total how many students matched, or null when not counted (a text search: counting every match would read
 *              the whole school; the list reads only until the page is full)
 * @param more  whether another page follows
 */
public record TrackedPage(List<TrackedStudent> items, Long total, int page, int size, boolean more) {

    /** The number of pages, or, when not counted, this page and the next if there is one. */
    public int pages() {
        if (total != null) {
            return (int) Math.max(1, (total + size - 1) / size);
        }
        return page + (more ? 2 : 1);
    }
}
