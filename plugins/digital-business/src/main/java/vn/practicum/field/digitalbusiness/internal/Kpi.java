package vn.practicum.field.digitalbusiness.internal;

import vn.practicum.engine.rules.Problems;

/**
 * One key performance indicator of the dashboard, as typed.
 *
 * @param name     what is measured, such as "Tỷ lệ chuyển đổi đơn hàng"
 * @param unit     its unit, such as "%", "ngày", "triệu đồng"
 * @param baseline its value before the student's work (null if not given)
 * @param target   the value the host aims at (null if not given)
 */
public record Kpi(String name, String unit, Number baseline, Number target) {

    /** A slot of the form the student left empty. */
    public boolean isEmpty() {
        return Problems.isBlank(name) && Problems.isBlank(unit) && baseline == null && target == null;
    }
}
