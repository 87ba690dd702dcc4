package vn.practicum.field.fintech.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class SandboxAccessRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);
    static final String TRAINED = "2026-01-20";

    final SandboxAccessRules rules = new SandboxAccessRules();

    @Test
    void ownAccountMaskedDataWithinThePlacement_isAccepted() {
        assertThat(problems(access("MASKED", "2026-01-26", "2026-04-30"), SandboxDataScope.MASKED)).isEmpty();
    }

    @Test
    void accessFromTheDayOfTheTraining_isAccepted_theDayBeforeIsNot() {
        assertThat(problems(access("SYNTHETIC", TRAINED, "2026-04-30"), SandboxDataScope.MASKED)).isEmpty();
        assertThat(problems(access("SYNTHETIC", "2026-01-19", "2026-04-30"), SandboxDataScope.MASKED))
                .extracting(LocalizedText::en).containsExactly(
                        "Sandbox access: access starts on 2026-01-19, before the AML/KYC training was completed on 2026-01-20");
    }

    @Test
    void accessUntilThePlacementsLastDay_isAccepted_aDayLongerIsNot() {
        assertThat(problems(access("SYNTHETIC", TRAINED, "2026-04-30"), SandboxDataScope.MASKED)).isEmpty();
        assertThat(problems(access("SYNTHETIC", TRAINED, "2026-05-01"), SandboxDataScope.MASKED))
                .extracting(LocalizedText::en).containsExactly("Sandbox access: access lasts until 2026-05-01, after the"
                        + " placement ends on 2026-04-30: access is for the placement only");
    }

    @Test
    void withoutAKnownPlacementEnd_onlyTheStartBoundsTheAccess() {
        assertThat(rules.problems(access("SYNTHETIC", TRAINED, "2027-12-31"), TRAINED, START, null, SandboxDataScope.MASKED))
                .isEmpty();
    }

    @Test
    void accessEndingBeforeThePlacementStarts_orBeforeItBegins_isRefused() {
        assertThat(problems(access("SYNTHETIC", "2026-01-25", "2026-01-24"), SandboxDataScope.MASKED))
                .extracting(LocalizedText::en).containsExactly(
                        "Sandbox access: access ends on 2026-01-24, before it starts on 2026-01-25",
                        "Sandbox access: access ends on 2026-01-24, before the placement starts on 2026-02-01");
        assertThat(problems(access("SYNTHETIC", "2026-01-25", "2026-01-31"), SandboxDataScope.MASKED))
                .extracting(LocalizedText::en).containsExactly(
                        "Sandbox access: access ends on 2026-01-31, before the placement starts on 2026-02-01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"LIVE", "PRODUCTION", "FULL", "dữ liệu thật"})
    void anythingButSandboxData_isRefused(String scope) {
        assertThat(problems(access(scope, TRAINED, "2026-04-30"), SandboxDataScope.MASKED))
                .singleElement().extracting(LocalizedText::en).asString()
                .contains("'" + scope + "'", "synthetic or masked data only, never live customer data");
    }

    @Test
    void scopesAreReadWhateverTheirCase() {
        assertThat(problems(access(" masked ", TRAINED, "2026-04-30"), SandboxDataScope.MASKED)).isEmpty();
    }

    @Test
    void maskedData_whenTheHostAllowsSyntheticOnly_isRefused() {
        assertThat(problems(access("MASKED", TRAINED, "2026-04-30"), SandboxDataScope.SYNTHETIC))
                .extracting(LocalizedText::en).containsExactly("Sandbox access: the data scope 'masked, de-identified real"
                        + " data' is wider than the host's policy allows (synthetic data)");
        assertThat(problems(access("SYNTHETIC", TRAINED, "2026-04-30"), SandboxDataScope.SYNTHETIC)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"admin", "Administrator", "root", " shared ", "guest", "test", "sandbox"})
    void sharedOrAdministratorAccounts_areRefused(String account) {
        SandboxAccess access = new SandboxAccess("Sandbox API", account, "SYNTHETIC", true, TRAINED, "2026-04-30");
        assertThat(problems(access, SandboxDataScope.MASKED)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is a shared or administrator account");
    }

    @Test
    void productionAccessNotExcluded_isRefused() {
        SandboxAccess access = new SandboxAccess("Sandbox API", "sbx.tran.thi.b", "SYNTHETIC", false, TRAINED, "2026-04-30");
        assertThat(problems(access, SandboxDataScope.MASKED)).extracting(LocalizedText::en).containsExactly(
                "Sandbox access: it is not confirmed that the student has no access to production systems");
    }

    @Test
    void withoutAValidTrainingDate_noAccessIsAccepted() {
        for (String trained : new String[] {null, "", "20/01/2026"}) {
            assertThat(rules.problems(access("SYNTHETIC", TRAINED, "2026-04-30"), trained, START, END, SandboxDataScope.MASKED))
                    .as("training completed on %s", trained).extracting(LocalizedText::en).containsExactly(
                            "Sandbox access: there is no valid AML/KYC training completion date: no data access before the training");
        }
    }

    @Test
    void nothingEntered_listsEverything() {
        SandboxAccess empty = new SandboxAccess(null, null, null, false, null, "31/04/2026");
        List<LocalizedText> problems = problems(empty, SandboxDataScope.MASKED);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Sandbox access: the sandbox environment is missing",
                "Sandbox access: the student's account is missing",
                "Sandbox access: the data scope is missing",
                "Sandbox access: it is not confirmed that the student has no access to production systems",
                "Sandbox access: the access start date is missing",
                "Sandbox access: the access end date '31/04/2026' is not a valid date in the format yyyy-MM-dd");
        assertThat(problems).extracting(LocalizedText::vi).allSatisfy(vi ->
                assertThat(vi).startsWith("Quyền truy cập môi trường thử nghiệm (sandbox): "));
    }

    private List<LocalizedText> problems(SandboxAccess access, SandboxDataScope maximum) {
        return rules.problems(access, TRAINED, START, END, maximum);
    }

    private static SandboxAccess access(String scope, String from, String until) {
        return new SandboxAccess("Sandbox API chấm điểm tín dụng", "sbx.tran.thi.b", scope, true, from, until);
    }
}
