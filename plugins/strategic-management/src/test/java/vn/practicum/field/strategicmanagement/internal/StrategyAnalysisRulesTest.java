package vn.practicum.field.strategicmanagement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.practicum.engine.spi.LocalizedText;

class StrategyAnalysisRulesTest {

    static final String FINDINGS = "x".repeat(StrategyAnalysisRules.MIN_SECTION_LENGTH);
    static final String SOURCES = "Niên giám thống kê\nBáo cáo ngành\nDữ liệu nội bộ";
    static final String LINK = "https://docs.vinatour.example.vn/chien-luoc";

    final StrategyAnalysisRules rules = new StrategyAnalysisRules();

    @Test
    void anAnalysisAtEveryMinimum_isDeepEnough() {
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 2, SOURCES, "từ ".repeat(300)), 300)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(StrategyFramework.class)
    void eachFramework_belongsToItsSide(StrategyFramework framework) {
        String external = framework.perspective() == StrategyFramework.Perspective.EXTERNAL ? framework.name() : "PESTEL";
        String internal = framework.perspective() == StrategyFramework.Perspective.INTERNAL ? framework.name() : "VRIO";
        assertThat(rules.problems(analysis(external, internal, 3, SOURCES, "Tóm tắt"), 300)).isEmpty();
    }

    @Test
    void frameworksOnTheWrongSide_areRefused() {
        assertThat(rules.problems(analysis("VRIO", "PESTEL", 3, SOURCES, "Tóm tắt"), 300)).extracting(LocalizedText::en).containsExactly(
                "Strategy analysis: VRIO (resources and capabilities) looks at the organisation itself, not the external environment",
                "Strategy analysis: PESTEL looks at the external environment, not the organisation itself");
    }

    @Test
    void findingsOfNinetyNineCharacters_areTooThin() {
        StrategyAnalysis thin = new StrategyAnalysis("Đề án", "PESTEL", "x".repeat(99), "VRIO", FINDINGS, 2, FINDINGS, FINDINGS,
                SOURCES, "Tóm tắt", LINK);
        assertThat(rules.problems(thin, 300)).extracting(LocalizedText::en)
                .containsExactly("Strategy analysis: the external analysis is too thin (99 characters, at least 100)");
    }

    @Test
    void oneOption_isNoChoice() {
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 1, SOURCES, "Tóm tắt"), 300)).extracting(LocalizedText::en)
                .containsExactly("Strategy analysis: only 1 option(s): at least 2 must be compared for a strategic choice");
    }

    @Test
    void threeSourcesAreNeeded_blankLinesAndRepeatsDoNotCount() {
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 2, "Báo cáo A\n\n  báo cáo a \nBáo cáo B", "Tóm tắt"), 300))
                .extracting(LocalizedText::en).containsExactly(
                        "Strategy analysis: 2 source(s) of evidence: at least 3 different sources are needed, one per line");
    }

    @Test
    void aSummaryOfOneWordMoreThanAllowed_isTooLong() {
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 2, SOURCES, "từ ".repeat(301)), 300)).extracting(LocalizedText::vi)
                .containsExactly("Phân tích chiến lược: bản tóm tắt có 301 từ, dài quá 300 từ: rút gọn cho hội đồng đọc được");
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 2, SOURCES, "một  hai\nba\tbốn"), 4)).isEmpty();
    }

    @Test
    void aFractionalNumberOfOptions_isRefused() {
        assertThat(rules.problems(analysis("PESTEL", "VRIO", 2.5, SOURCES, "Tóm tắt"), 300)).extracting(LocalizedText::en)
                .containsExactly("Strategy analysis: the number of options '2.5' must be a whole number");
    }

    @Test
    void nothingEntered_listsEverything() {
        List<LocalizedText> problems = rules.problems(new StrategyAnalysis(null, null, null, "", " ", null, null, null, null, null, null), 300);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Strategy analysis: the title is missing",
                "Strategy analysis: the framework for the external environment is missing",
                "Strategy analysis: the external analysis is missing",
                "Strategy analysis: the framework for the organisation itself is missing",
                "Strategy analysis: the internal analysis is missing",
                "Strategy analysis: the number of strategic options compared is missing",
                "Strategy analysis: the evaluation of the options is missing",
                "Strategy analysis: the recommendation is missing",
                "Strategy analysis: 0 source(s) of evidence: at least 3 different sources are needed, one per line",
                "Strategy analysis: the executive summary is missing",
                "Strategy analysis: the link to the full analysis is missing");
    }

    @Test
    void anUnknownFramework_andALinkThatIsNotOne_areRefused() {
        StrategyAnalysis analysis = new StrategyAnalysis("Đề án", "BLUE_OCEAN", FINDINGS, "VRIO", FINDINGS, 2, FINDINGS, FINDINGS,
                SOURCES, "Tóm tắt", "thư mục chung");
        assertThat(rules.problems(analysis, 300)).extracting(LocalizedText::en).containsExactly(
                "Strategy analysis: the framework 'BLUE_OCEAN' is not one we know",
                "Strategy analysis: the link 'thư mục chung' is not valid (https://... expected)");
    }

    @Test
    void aWordLimitBelowOne_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(analysis("PESTEL", "VRIO", 2, SOURCES, "Tóm tắt"), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumSummaryWords");
    }

    private static StrategyAnalysis analysis(String external, String internal, Number options, String sources, String summary) {
        return new StrategyAnalysis("Chiến lược thâm nhập thị trường Hạ Long", external, FINDINGS, internal, FINDINGS, options, FINDINGS,
                FINDINGS, sources, summary, LINK);
    }
}
