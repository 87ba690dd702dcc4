package vn.practicum.field.greencertification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class GhgInventoryRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);
    static final LocalDate END = LocalDate.of(2026, 4, 30);

    final GhgInventoryRules rules = new GhgInventoryRules();

    @Test
    void aCompleteExercise_hasNoProblems() {
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, END)).isEmpty();
    }

    @Test
    void scope3_countsInTheTotal() {
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, 300, 2381.0, 4.5, null), 5, START, END)).isEmpty();
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, 300, 2081.0, 4.5, null), 5, START, END)).extracting(LocalizedText::en)
                .containsExactly("The total 2081 tCO2e is not the sum of the scopes, 2381 tCO2e");
    }

    @Test
    void theTotal_mayDifferFromTheSumByRounding_only() {
        assertThat(rules.problems(inventory(2025, 1250.44, 830.61, null, 2081.1, 4.5, null), 5, START, END)).isEmpty();
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.2, 4.5, null), 5, START, END)).hasSize(1);
    }

    @Test
    void uncertaintyAtTheThreshold_needsNoExplanation_aboveItDoes() {
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, 5, null), 5, START, END)).isEmpty();
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, 5.1, null), 5, START, END)).extracting(LocalizedText::en)
                .containsExactly("An uncertainty of 5.1 % is above the 5 % materiality threshold: explain its main sources and how to reduce them");
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, 5.1, "Hệ số mặc định của than"), 5, START, END)).isEmpty();
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, 5.1, null), 10, START, END)).isEmpty();
    }

    @Test
    void theReportingYear_isACompletedYear_atMostFiveYearsBack() {
        assertThat(rules.problems(inventory(2020, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, END)).isEmpty();
        assertThat(rules.problems(inventory(2026, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, END)).extracting(LocalizedText::en)
                .containsExactly("The reporting year '2026' must be a completed year from 2020 to 2025");
        assertThat(rules.problems(inventory(2019, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, END)).hasSize(1);
        assertThat(rules.problems(inventory(2025.5, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, END)).hasSize(1);
        // a placement ending next year makes this year a completed one
        assertThat(rules.problems(inventory(2026, 1250.4, 830.6, null, 2081.0, 4.5, null), 5, START, LocalDate.of(2027, 1, 31)))
                .isEmpty();
    }

    @Test
    void negativeEmissions_andAZeroTotal_areRefused() {
        assertThat(rules.problems(inventory(2025, -1, 0, null, 0, 4.5, null), 5, START, END)).extracting(LocalizedText::en)
                .containsExactly("Scope 1 emissions '-1' must be a number of tCO2e, 0 or more",
                        "The total is 0: an inventory exercise needs emission sources");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 100.1})
    void uncertaintyOffTheZeroToHundredScale_isRefused(double uncertainty) {
        assertThat(rules.problems(inventory(2025, 1250.4, 830.6, null, 2081.0, uncertainty, "x"), 5, START, END)).singleElement()
                .extracting(LocalizedText::en).asString().endsWith("must be from 0 to 100 %");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.vn/bao-cao", "ftp://example.vn/a", "https://", "https://a b"})
    void linksThatAreNotHttp_areRefused(String link) {
        GhgInventory inventory = new GhgInventory("Nhà máy gạch", 2025, "Ranh giới", 1250.4, 830.6, null, 2081.0,
                "Hóa đơn", "IPCC 2006", "Đối chiếu", 4.5, null, link);
        assertThat(rules.problems(inventory, 5, START, END)).singleElement().extracting(LocalizedText::en).asString()
                .endsWith("is not valid (http:// or https://)");
    }

    @Test
    void nothingEntered_listsEverything() {
        assertThat(rules.problems(new GhgInventory(null, null, null, null, null, null, null, null, null, null, null, null, null),
                5, START, END)).extracting(LocalizedText::en).containsExactly(
                        "The inventoried organisation is missing",
                        "The reporting year is missing",
                        "The organisational and operational boundaries are missing",
                        "Scope 1 emissions are missing",
                        "Scope 2 emissions are missing",
                        "Total emissions are missing",
                        "The activity-data sources are missing",
                        "The emission factors and their sources are missing",
                        "The QA/QC procedures are missing",
                        "The uncertainty (%) is missing",
                        "The link to the inventory report is missing");
    }

    @Test
    void aMaterialityOutsideOneToTen_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(inventory(2025, 1, 1, null, 2, 1, null), 11, START, END))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inventoryMaterialityPercent");
    }

    private static GhgInventory inventory(Object year, Object scope1, Object scope2, Object scope3, Object total, Object uncertainty,
                                          String explanation) {
        return new GhgInventory("Nhà máy gạch tuynel (bài tập)", year, "Kiểm soát vận hành; lò nung, xe nâng, điện lưới",
                scope1, scope2, scope3, total, "Hóa đơn than, hóa đơn điện", "IPCC 2006; hệ số lưới điện quốc gia",
                "Đối chiếu hóa đơn với sổ kho", uncertainty, explanation, "https://example.invalid/kiem-ke/2025");
    }
}
