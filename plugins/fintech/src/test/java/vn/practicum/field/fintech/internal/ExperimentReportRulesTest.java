package vn.practicum.field.fintech.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class ExperimentReportRulesTest {

    final ExperimentReportRules rules = new ExperimentReportRules();

    @Test
    void syntheticData_needsTheFourSections_butNoMaskingMethod() {
        assertThat(rules.problems(report("SYNTHETIC", ExperimentSection.OBJECTIVE, ExperimentSection.METHOD,
                ExperimentSection.RESULTS, ExperimentSection.COMPLIANCE_CONTROLS), "MASKED")).isEmpty();
    }

    @Test
    void maskedData_alsoNeedsItsMaskingMethod() {
        assertThat(rules.problems(report("MASKED", ExperimentSection.OBJECTIVE, ExperimentSection.METHOD,
                ExperimentSection.RESULTS, ExperimentSection.COMPLIANCE_CONTROLS), "MASKED"))
                .extracting(LocalizedText::en).containsExactly("Sandbox experiment report: the report is missing: data masking method");
        assertThat(rules.problems(report("MASKED", ExperimentSection.values()), "MASKED")).isEmpty();
    }

    @Test
    void dataWiderThanGranted_isRefused_narrowerIsFine() {
        assertThat(rules.problems(report("MASKED", ExperimentSection.values()), "SYNTHETIC"))
                .extracting(LocalizedText::en).containsExactly("Sandbox experiment report: the experiment used masked,"
                        + " de-identified real data while the student was granted synthetic data only");
        assertThat(rules.problems(report("SYNTHETIC", ExperimentSection.values()), "MASKED")).isEmpty();
    }

    @Test
    void withoutAKnownGrant_onlyTheKindOfDataIsChecked() {
        assertThat(rules.problems(report("MASKED", ExperimentSection.values()), null)).isEmpty();
        assertThat(rules.problems(report("LIVE", ExperimentSection.values()), null)).extracting(LocalizedText::en)
                .containsExactly("Sandbox experiment report: the data 'LIVE' is not allowed in an experiment: synthetic or"
                        + " masked data only");
    }

    @Test
    void blankSections_areMissing_andNamedInOrder() {
        Map<ExperimentSection, String> sections = new EnumMap<>(ExperimentSection.class);
        sections.put(ExperimentSection.OBJECTIVE, "  ");
        sections.put(ExperimentSection.METHOD, "Hồi quy logistic");
        assertThat(rules.problems(new ExperimentReport("Chấm điểm tín dụng", "SYNTHETIC", sections, null), "MASKED"))
                .extracting(LocalizedText::en).containsExactly("Sandbox experiment report: the report is missing:"
                        + " objective and hypothesis, results and measured figures, AML/KYC and data-protection controls");
    }

    @Test
    void nothingEntered_listsTitleDataAndTheSectionsEveryExperimentNeeds() {
        assertThat(rules.problems(new ExperimentReport(null, null, Map.of(), null), "MASKED"))
                .extracting(LocalizedText::en).containsExactly(
                        "Sandbox experiment report: the experiment title is missing",
                        "Sandbox experiment report: the data used is missing",
                        "Sandbox experiment report: the report is missing: objective and hypothesis, method, results and"
                                + " measured figures, AML/KYC and data-protection controls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://git.example.vn/fintech/credit-scoring", "HTTPS://drive.example.vn/bao-cao.pdf"})
    void httpsLinks_areAccepted(String link) {
        assertThat(rules.problems(withLink(link), "MASKED")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://git.example.vn/x", "git.example.vn/x", "https://", "ftp://example.vn/x", "https://a b"})
    void otherLinks_areRefused(String link) {
        assertThat(rules.problems(withLink(link), "MASKED")).singleElement().extracting(LocalizedText::en).asString()
                .contains("is not a valid https address");
    }

    private static ExperimentReport withLink(String link) {
        return new ExperimentReport("Chấm điểm tín dụng", "SYNTHETIC", sections(ExperimentSection.values()), link);
    }

    private static ExperimentReport report(String dataset, ExperimentSection... present) {
        return new ExperimentReport("Chấm điểm tín dụng bằng dữ liệu giao dịch", dataset, sections(present), null);
    }

    private static Map<ExperimentSection, String> sections(ExperimentSection... present) {
        Map<ExperimentSection, String> sections = new EnumMap<>(ExperimentSection.class);
        for (ExperimentSection section : present) {
            sections.put(section, "Nội dung " + section.label().vi());
        }
        return sections;
    }
}
