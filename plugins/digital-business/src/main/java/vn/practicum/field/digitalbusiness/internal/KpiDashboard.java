package vn.practicum.field.digitalbusiness.internal;

import java.util.List;

/**
 * The KPI dashboard the student delivered, as typed.
 *
 * @param link       where the host opens it, an https address
 * @param dataSource where its figures come from
 * @param refresh    a {@link RefreshFrequency} name (as typed)
 * @param kpis       the form's KPI slots, in order; empty slots included
 */
public record KpiDashboard(String link, String dataSource, String refresh, List<Kpi> kpis) {

    public KpiDashboard {
        kpis = List.copyOf(kpis);
    }
}
