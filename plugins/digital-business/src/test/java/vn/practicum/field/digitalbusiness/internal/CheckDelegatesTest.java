package vn.practicum.field.digitalbusiness.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.CONTRACT_SIGNED_BY;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_AGREEMENT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_DATASETS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_LEVEL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PURPOSE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_UNTIL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_HOST_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_SIGNATURE_TYPE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_STUDENT_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_DATA_SOURCE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_REFRESH;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.MINIMUM_KPIS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PROBLEM;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_STEP_COUNT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_SERIAL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_VALID_UNTIL;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.lifecycle.PracticumVariables;

/** The delegates' own work: which inputs they read, what they default to, and how a mis-configured task fails. */
class CheckDelegatesTest {

    final Map<String, Object> variables = new HashMap<>();
    final DelegateExecution execution = mock(DelegateExecution.class);

    CheckDelegatesTest() {
        when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(call.<String>getArgument(0)));
        when(execution.getCurrentActivityId()).thenReturn("ServiceTask_Under_Test");
        PracticumVariables.PLACEMENT_START.putIn(variables, midnight(LocalDate.of(2026, 2, 1)));
        PracticumVariables.PLACEMENT_END.putIn(variables, midnight(LocalDate.of(2026, 4, 30)));
    }

    @Test
    void theContract_mustBeSignedByTheTasksInputDay_whenItHasOne() {
        // given: the student signs on 25 January; the input wants both signatures by 20 January
        contract();
        CONTRACT_SIGNED_BY.putIn(variables, midnight(LocalDate.of(2026, 1, 20)));

        // when / then
        assertThatThrownBy(() -> contractCheck().execute(execution)).isInstanceOfSatisfying(BpmnError.class, error -> {
            assertThat(error.getErrorCode()).isEqualTo(ElectronicContractCheckDelegate.ERROR_ELECTRONIC_CONTRACT_INVALID);
            assertThat(error.getMessage()).contains("2026-01-20", "2026-01-25");
        });
        verify(execution).setVariable(eq(E_CONTRACT_PROBLEM.name()), contains("2026-01-20"));
    }

    @Test
    void theContract_mustBeSignedByThePlacementStart_withoutAnInput() throws Exception {
        // given
        contract();

        // when
        contractCheck().execute(execution);

        // then
        verify(execution).removeVariable(E_CONTRACT_PROBLEM.name());
        verify(execution, never()).setVariable(eq(E_CONTRACT_PROBLEM.name()), any());
    }

    @Test
    void signingDaysSentAsDates_areReadAsTheirVietnameseDay() throws Exception {
        // given: the REST API sends the host's signing day as a date
        contract();
        variables.put(E_CONTRACT_HOST_SIGNED_ON.name(), midnight(LocalDate.of(2026, 1, 22)));

        // when
        contractCheck().execute(execution);

        // then
        verify(execution).removeVariable(E_CONTRACT_PROBLEM.name());
    }

    @Test
    void theAgreement_withoutAPlacementEnd_isBoundedByTheStartOnly() throws Exception {
        // given
        agreement("2027-12-31");
        variables.remove(PracticumVariables.PLACEMENT_END.name());

        // when
        new DataAccessAgreementCheckDelegate(new DataAccessAgreementRules()).execute(execution);

        // then
        verify(execution).removeVariable(DATA_ACCESS_PROBLEM.name());
    }

    @Test
    void theAgreement_withAPlacementEnd_endsWithIt() {
        // given
        agreement("2027-12-31");

        // when / then
        assertThatThrownBy(() -> new DataAccessAgreementCheckDelegate(new DataAccessAgreementRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> assertThat(error.getErrorCode())
                        .isEqualTo(DataAccessAgreementCheckDelegate.ERROR_DATA_ACCESS_AGREEMENT_INVALID));
        verify(execution).setVariable(eq(DATA_ACCESS_PROBLEM.name()), contains("access is for the placement only"));
    }

    @Test
    void aStepCountTypedAsText_isReadAsANumber_orSaidToBeNone() {
        // given
        variables.put(PROCESS_MAP_STEP_COUNT.name(), "mười sáu");

        // when / then
        assertThatThrownBy(() -> new ProcessMapCheckDelegate(new ProcessMapRules()).execute(execution))
                .isInstanceOfSatisfying(BpmnError.class, error -> {
                    assertThat(error.getErrorCode()).isEqualTo(ProcessMapCheckDelegate.ERROR_PROCESS_MAP_INCOMPLETE);
                    assertThat(error.getMessage()).contains("the number of steps is not a number");
                });
        verify(execution).setVariable(eq(PROCESS_MAP_PROBLEM.name()), contains("the number of steps is not a number"));
    }

    @Test
    void theDashboard_needsTheTasksMinimumOfKpis_twoByDefault() throws Exception {
        // given: one complete KPI
        dashboardWithOneKpi();

        // when / then: two by default
        assertThatThrownBy(() -> dashboardCheck().execute(execution)).isInstanceOf(BpmnError.class)
                .hasMessageContaining("only 1 complete KPIs, at least 2 are needed");

        // when the task's input asks for one
        MINIMUM_KPIS.putIn(variables, "1");
        dashboardCheck().execute(execution);

        // then
        verify(execution).removeVariable(KPI_DASHBOARD_PROBLEM.name());
    }

    @Test
    void aMinimumOfKpisThatIsNotANumber_failsTheTask_asAModellingError() {
        // given
        dashboardWithOneKpi();
        MINIMUM_KPIS.putIn(variables, "hai");

        // when / then
        assertThatThrownBy(() -> dashboardCheck().execute(execution)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minimumKpis").hasMessageContaining("ServiceTask_Under_Test");
        verify(execution, never()).setVariable(eq(KPI_DASHBOARD_PROBLEM.name()), any());
    }

    private void contract() {
        E_CONTRACT_NUMBER.putIn(variables, "HDTT-2026/0117");
        E_CONTRACT_SIGNATURE_TYPE.putIn(variables, "DIGITAL_SIGNATURE");
        E_CONTRACT_HOST_SIGNED_ON.putIn(variables, "2026-01-22");
        E_CONTRACT_STUDENT_SIGNED_ON.putIn(variables, "2026-01-25");
        SIGNING_CERTIFICATE_SERIAL.putIn(variables, "540101019A3F7C2E");
        SIGNING_CERTIFICATE_VALID_UNTIL.putIn(variables, "2027-06-30");
    }

    private void agreement(String until) {
        DATA_ACCESS_AGREEMENT_NUMBER.putIn(variables, "TTDL-2026-031");
        DATA_ACCESS_PURPOSE.putIn(variables, "Phân tích quy trình bán hàng");
        DATA_ACCESS_DATASETS.putIn(variables, "Đơn hàng 2024–2025");
        DATA_ACCESS_LEVEL.putIn(variables, "READ_ONLY");
        DATA_ACCESS_UNTIL.putIn(variables, until);
    }

    private void dashboardWithOneKpi() {
        KPI_DASHBOARD_LINK.putIn(variables, "https://bi.example.vn/d/1");
        KPI_DASHBOARD_DATA_SOURCE.putIn(variables, "ERP");
        KPI_DASHBOARD_REFRESH.putIn(variables, "WEEKLY");
        KPI1_NAME.putIn(variables, "Thời gian giao hàng");
        KPI1_UNIT.putIn(variables, "ngày");
        KPI1_BASELINE.putIn(variables, 4.5);
        KPI1_TARGET.putIn(variables, 3);
    }

    private static ElectronicContractCheckDelegate contractCheck() {
        return new ElectronicContractCheckDelegate(new ElectronicContractRules());
    }

    private static KpiDashboardCheckDelegate dashboardCheck() {
        return new KpiDashboardCheckDelegate(new KpiDashboardRules());
    }

    static Date midnight(LocalDate day) {
        return Date.from(day.atStartOfDay(PracticumVariables.VIETNAM).toInstant());
    }
}
