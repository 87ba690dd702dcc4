package vn.practicum.field.strategicmanagement.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.field.strategicmanagement.internal.StrategyFramework.Perspective;

/**
 * When a strategy analysis is deep enough to go to the executive sponsor (the strategic-management milestone; the
 * rubric's "analysis depth"):
 * <ul>
 *   <li>it has a title and a link to the full document;</li>
 *   <li>it looks outside and inside: one framework of the external environment and one of the organisation itself,
 *       each with findings of at least {@value #MIN_SECTION_LENGTH} characters (a finding, not a heading);</li>
 *   <li>it chooses: at least {@value #MIN_OPTIONS} strategic options compared, with their evaluation, and a
 *       recommendation;</li>
 *   <li>it rests on evidence: at least {@value #MIN_SOURCES} different sources, one per line;</li>
 *   <li>a board can read it: an executive summary of at most {@code maximumSummaryWords} words (300 unless the host
 *       sets otherwise), words counted between spaces.</li>
 * </ul>
 * Every problem is reported, so the student completes everything in one go.
 */
public class StrategyAnalysisRules {

    public static final int MIN_SECTION_LENGTH = 100;
    public static final int MIN_OPTIONS = 2;
    public static final int MIN_SOURCES = 3;
    public static final int DEFAULT_MAXIMUM_SUMMARY_WORDS = 300;
    static final int MAX_TITLE_LENGTH = 200;
    static final LocalizedText ANALYSIS = LocalizedText.of("Phân tích chiến lược", "Strategy analysis");

    /** The problems of the analysis, in order; empty when it may go to the sponsor. */
    public List<LocalizedText> problems(StrategyAnalysis analysis, int maximumSummaryWords) {
        if (maximumSummaryWords < 1) {
            throw new IllegalArgumentException("maximumSummaryWords must be at least 1, not " + maximumSummaryWords);
        }
        List<LocalizedText> problems = new ArrayList<>();
        if (isBlank(analysis.title())) {
            problems.add(problem("thiếu tên đề án phân tích", "the title is missing"));
        } else if (analysis.title().strip().length() > MAX_TITLE_LENGTH) {
            problems.add(problem("tên dài quá " + MAX_TITLE_LENGTH + " ký tự", "the title is longer than " + MAX_TITLE_LENGTH + " characters"));
        }

        framework(analysis.externalFramework(), Perspective.EXTERNAL, problems);
        section(analysis.externalFindings(), "kết quả phân tích môi trường bên ngoài", "the external analysis", problems);
        framework(analysis.internalFramework(), Perspective.INTERNAL, problems);
        section(analysis.internalFindings(), "kết quả phân tích nội bộ", "the internal analysis", problems);

        if (analysis.optionsCount() == null) {
            problems.add(problem("thiếu số phương án chiến lược đã so sánh", "the number of strategic options compared is missing"));
        } else {
            BigDecimal options = Numbers.wholeNotNegative(analysis.optionsCount());
            if (options == null) {
                problems.add(problem("số phương án " + Problems.echo(analysis.optionsCount()) + " phải là số nguyên",
                        "the number of options " + Problems.echo(analysis.optionsCount()) + " must be a whole number"));
            } else if (options.compareTo(BigDecimal.valueOf(MIN_OPTIONS)) < 0) {
                problems.add(problem("chỉ có " + options + " phương án: cần so sánh ít nhất " + MIN_OPTIONS + " phương án để có lựa chọn chiến lược",
                        "only " + options + " option(s): at least " + MIN_OPTIONS + " must be compared for a strategic choice"));
            }
        }
        section(analysis.optionsEvaluation(), "đánh giá các phương án", "the evaluation of the options", problems);
        section(analysis.recommendation(), "khuyến nghị", "the recommendation", problems);

        long sources = isBlank(analysis.evidenceSources()) ? 0 : analysis.evidenceSources().lines()
                .map(String::strip).filter(line -> !line.isEmpty()).map(line -> line.toLowerCase(Locale.ROOT)).distinct().count();
        if (sources < MIN_SOURCES) {
            problems.add(problem("có " + sources + " nguồn dữ liệu: cần ít nhất " + MIN_SOURCES + " nguồn khác nhau, mỗi nguồn một dòng",
                    sources + " source(s) of evidence: at least " + MIN_SOURCES + " different sources are needed, one per line"));
        }

        if (isBlank(analysis.executiveSummary())) {
            problems.add(problem("thiếu bản tóm tắt cho lãnh đạo", "the executive summary is missing"));
        } else {
            int words = analysis.executiveSummary().strip().split("\\s+").length;
            if (words > maximumSummaryWords) {
                problems.add(problem("bản tóm tắt có " + words + " từ, dài quá " + maximumSummaryWords + " từ: rút gọn cho hội đồng đọc được",
                        "the executive summary has " + words + " words, more than " + maximumSummaryWords + ": shorten it for the board"));
            }
        }

        if (isBlank(analysis.documentLink())) {
            problems.add(problem("thiếu đường dẫn tài liệu phân tích đầy đủ", "the link to the full analysis is missing"));
        } else if (!Urls.isWebAddress(analysis.documentLink())) {
            problems.add(problem("đường dẫn " + Problems.echo(analysis.documentLink()) + " không hợp lệ (cần dạng https://...)",
                    "the link " + Problems.echo(analysis.documentLink()) + " is not valid (https://... expected)"));
        }
        return problems;
    }

    private static void framework(String name, Perspective expected, List<LocalizedText> problems) {
        if (isBlank(name)) {
            problems.add(problem("thiếu công cụ phân tích " + expected.label().vi(), "the framework for " + expected.label().en() + " is missing"));
            return;
        }
        Optional<StrategyFramework> framework = StrategyFramework.of(name);
        if (framework.isEmpty()) {
            problems.add(problem("công cụ " + Problems.echo(name) + " không được hỗ trợ", "the framework " + Problems.echo(name) + " is not one we know"));
        } else if (framework.get().perspective() != expected) {
            problems.add(problem(framework.get().label().vi() + " phân tích " + framework.get().perspective().label().vi()
                            + ", không phải " + expected.label().vi(),
                    framework.get().label().en() + " looks at " + framework.get().perspective().label().en()
                            + ", not " + expected.label().en()));
        }
    }

    private static void section(String text, String vi, String en, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(problem("thiếu " + vi, en + " is missing"));
        } else if (text.strip().length() < MIN_SECTION_LENGTH) {
            problems.add(problem(vi + " quá sơ sài (" + text.strip().length() + " ký tự, cần ít nhất " + MIN_SECTION_LENGTH + ")",
                    en + " is too thin (" + text.strip().length() + " characters, at least " + MIN_SECTION_LENGTH + ")"));
        }
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(ANALYSIS, vi, en);
    }
}
