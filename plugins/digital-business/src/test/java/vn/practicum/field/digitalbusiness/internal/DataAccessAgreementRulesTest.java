package vn.practicum.field.digitalbusiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class DataAccessAgreementRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);

    final DataAccessAgreementRules rules = new DataAccessAgreementRules();

    @Test
    void readOnlyPersonalDataWithSafeguards_withinThePlacement_isAccepted() {
        assertThat(rules.problems(agreement("READ_ONLY", true, "Che tên khách hàng", "2026-04-30"), START, END)).isEmpty();
    }

    @Test
    void writeAccess_isFineWithoutPersonalData_butNotWithIt() {
        assertThat(rules.problems(agreement("READ_WRITE", false, null, "2026-04-30"), START, END)).isEmpty();
        assertThat(rules.problems(agreement("READ_WRITE", true, "Che tên khách hàng", "2026-04-30"), START, END))
                .extracting(LocalizedText::en).containsExactly(
                        "Data-access agreement: the data includes personal data: a student gets read-only access");
    }

    @Test
    void personalDataWithoutSafeguards_isRefused() {
        assertThat(rules.problems(agreement("READ_ONLY", true, "  ", "2026-04-30"), START, END))
                .extracting(LocalizedText::en).containsExactly("Data-access agreement: the data includes personal data but"
                        + " the safeguards are missing (Law on Personal Data Protection 91/2025/QH15)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "FULL", "OWNER"})
    void levelsAboveReadAndWrite_areRefused(String level) {
        assertThat(rules.problems(agreement(level, false, null, "2026-04-30"), START, END)).singleElement()
                .extracting(LocalizedText::en).asString().contains("'" + level + "'", "is not allowed");
    }

    @Test
    void accessUntilThePlacementsLastDay_isAccepted_aDayLongerIsNot_andEndingBeforeTheStartIsRefused() {
        assertThat(rules.problems(agreement("READ_ONLY", false, null, "2026-04-30"), START, END)).isEmpty();
        assertThat(rules.problems(agreement("READ_ONLY", false, null, "2026-05-01"), START, END))
                .extracting(LocalizedText::en).containsExactly("Data-access agreement: access lasts until 2026-05-01,"
                        + " after the placement ends on 2026-04-30: access is for the placement only");
        assertThat(rules.problems(agreement("READ_ONLY", false, null, "2026-01-31"), START, END))
                .extracting(LocalizedText::en).containsExactly(
                        "Data-access agreement: access ends on 2026-01-31, before the placement starts on 2026-02-01");
        assertThat(rules.problems(agreement("READ_ONLY", false, null, "2026-02-01"), START, END)).isEmpty();
    }

    @Test
    void withoutAKnownPlacementEnd_onlyTheStartBoundsTheAccess() {
        assertThat(rules.problems(agreement("READ_ONLY", false, null, "2027-12-31"), START, null)).isEmpty();
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(new DataAccessAgreement(null, "", null, null, false, null, "2026-02-30"), START, END))
                .extracting(LocalizedText::en).containsExactly(
                        "Data-access agreement: the agreement number is missing",
                        "Data-access agreement: the purpose of the access is missing",
                        "Data-access agreement: the data sets covered are missing",
                        "Data-access agreement: the access level is missing",
                        "Data-access agreement: the access end date '2026-02-30' is not a valid date in the format yyyy-MM-dd");
    }

    private static DataAccessAgreement agreement(String level, boolean personalData, String safeguards, String until) {
        return new DataAccessAgreement("TTDL-2026-031", "Phân tích quy trình bán hàng", "Đơn hàng 2024–2025", level,
                personalData, safeguards, until);
    }
}
