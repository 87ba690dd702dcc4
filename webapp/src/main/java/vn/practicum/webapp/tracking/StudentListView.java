package vn.practicum.webapp.tracking;

import java.util.List;

/** One page of a school's students. */
record StudentListView(String schoolCode, List<StudentStageView> items, long total, int page, int size) {
}
