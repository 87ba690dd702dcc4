package vn.practicum.engine.tracking;

import java.util.List;

/** One page of a school's or host's list, with the total that matched. */
public record TrackedPage(List<TrackedStudent> items, long total, int page, int size) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }
}
