package vn.practicum.engine.tracking;

import java.util.List;

/** One page of students, with the total that matched. */
public record StudentPage(List<StudentStage> items, long total, int page, int size) {
}
