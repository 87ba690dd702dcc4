package vn.practicum.field.greencertification.internal;

import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.Numbers;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the student's GHG inventory exercise is complete enough for the mentor to review (Decree 06/2022/NĐ-CP:
 * facilities inventory a completed year; ISO 14064-1:2018 clauses 5 to 9):
 * <ul>
 *   <li>scope: the organisation, a completed calendar year (before the placement's last year, at most 5 years
 *       earlier), its boundaries;</li>
 *   <li>quantification: scope 1 and 2 emissions (scope 3 optional), none negative, a total above 0 that is their
 *       sum (to 0.1 tCO2e), the activity-data and emission-factor sources;</li>
 *   <li>QA/QC: the checks done, and the uncertainty (0–100 %); above the materiality threshold (5 % unless the
 *       task says otherwise) its main sources and how to reduce them are explained;</li>
 *   <li>report: a link (http or https) to the report.</li>
 * </ul>
 */
public class GhgInventoryRules {

    public static final int DEFAULT_MATERIALITY_PERCENT = 5;
    static final int MAXIMUM_YEARS_BACK = 5;
    static final BigDecimal SUM_TOLERANCE = new BigDecimal("0.1");
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    static final Pattern LINK = Pattern.compile("https?://[^\\s]{3,500}");

    /**
     * The problems of the exercise, in order; empty when it is complete.
     *
     * @param materialityPercent the materiality threshold, 1 to 10 per cent
     * @param placementEnd       the placement's last day, or null (then its first day is used)
     */
    public List<LocalizedText> problems(GhgInventory inventory, int materialityPercent, LocalDate placementStart,
                                        LocalDate placementEnd) {
        Objects.requireNonNull(placementStart, "placementStart");
        if (materialityPercent < 1 || materialityPercent > 10) {
            throw new IllegalArgumentException("inventoryMaterialityPercent must be 1 to 10, not " + materialityPercent);
        }
        List<LocalizedText> problems = new ArrayList<>();

        if (isBlank(inventory.organisation())) {
            problems.add(LocalizedText.of("Thiếu tên tổ chức được kiểm kê", "The inventoried organisation is missing"));
        }
        int lastCompletedYear = (placementEnd == null ? placementStart : placementEnd).getYear() - 1;
        Optional<Long> year = Numbers.whole(inventory.reportingYear());
        if (inventory.reportingYear() == null) {
            problems.add(LocalizedText.of("Thiếu năm kiểm kê", "The reporting year is missing"));
        } else if (year.isEmpty() || year.get() > lastCompletedYear || year.get() < lastCompletedYear - MAXIMUM_YEARS_BACK) {
            problems.add(LocalizedText.of(
                    "Năm kiểm kê " + echo(inventory.reportingYear()) + " phải là một năm đã kết thúc, từ " + (lastCompletedYear - MAXIMUM_YEARS_BACK)
                            + " đến " + lastCompletedYear,
                    "The reporting year " + echo(inventory.reportingYear()) + " must be a completed year from "
                            + (lastCompletedYear - MAXIMUM_YEARS_BACK) + " to " + lastCompletedYear));
        }
        if (isBlank(inventory.boundary())) {
            problems.add(LocalizedText.of("Thiếu mô tả ranh giới tổ chức và ranh giới hoạt động",
                    "The organisational and operational boundaries are missing"));
        }

        Optional<BigDecimal> scope1 = emissions(inventory.scope1(), "phạm vi 1", "Scope 1", true, problems);
        Optional<BigDecimal> scope2 = emissions(inventory.scope2(), "phạm vi 2", "Scope 2", true, problems);
        Optional<BigDecimal> scope3 = emissions(inventory.scope3(), "phạm vi 3", "Scope 3", false, problems);
        Optional<BigDecimal> total = emissions(inventory.total(), "tổng", "Total", true, problems);
        if (total.isPresent()) {
            if (total.get().signum() == 0) {
                problems.add(LocalizedText.of("Tổng phát thải bằng 0: bài tập kiểm kê cần có nguồn phát thải",
                        "The total is 0: an inventory exercise needs emission sources"));
            } else if (scope1.isPresent() && scope2.isPresent() && (inventory.scope3() == null || scope3.isPresent())) {
                BigDecimal sum = scope1.get().add(scope2.get()).add(scope3.orElse(BigDecimal.ZERO));
                if (total.get().subtract(sum).abs().compareTo(SUM_TOLERANCE) > 0) {
                    problems.add(LocalizedText.of(
                            "Tổng " + plain(total.get()) + " tCO2e không bằng tổng các phạm vi " + plain(sum) + " tCO2e",
                            "The total " + plain(total.get()) + " tCO2e is not the sum of the scopes, " + plain(sum) + " tCO2e"));
                }
            }
        }
        if (isBlank(inventory.activityDataSources())) {
            problems.add(LocalizedText.of("Thiếu nguồn số liệu hoạt động", "The activity-data sources are missing"));
        }
        if (isBlank(inventory.emissionFactorSources())) {
            problems.add(LocalizedText.of("Thiếu hệ số phát thải và nguồn của chúng", "The emission factors and their sources are missing"));
        }

        if (isBlank(inventory.qaQcProcedures())) {
            problems.add(LocalizedText.of("Thiếu mô tả kiểm soát và đảm bảo chất lượng (QA/QC)", "The QA/QC procedures are missing"));
        }
        Optional<BigDecimal> uncertainty = Numbers.parse(inventory.uncertaintyPercent());
        if (inventory.uncertaintyPercent() == null) {
            problems.add(LocalizedText.of("Thiếu độ không chắc chắn (%)", "The uncertainty (%) is missing"));
        } else if (uncertainty.isEmpty() || uncertainty.get().signum() < 0 || uncertainty.get().compareTo(HUNDRED) > 0) {
            problems.add(LocalizedText.of("Độ không chắc chắn " + echo(inventory.uncertaintyPercent()) + " phải từ 0 đến 100 %",
                    "The uncertainty " + echo(inventory.uncertaintyPercent()) + " must be from 0 to 100 %"));
        } else if (uncertainty.get().compareTo(BigDecimal.valueOf(materialityPercent)) > 0 && isBlank(inventory.uncertaintyExplanation())) {
            problems.add(LocalizedText.of(
                    "Độ không chắc chắn " + plain(uncertainty.get()) + " % vượt ngưỡng trọng yếu " + materialityPercent
                            + " %: cần giải thích nguồn chính và cách giảm",
                    "An uncertainty of " + plain(uncertainty.get()) + " % is above the " + materialityPercent
                            + " % materiality threshold: explain its main sources and how to reduce them"));
        }

        if (isBlank(inventory.reportLink())) {
            problems.add(LocalizedText.of("Thiếu đường dẫn báo cáo kiểm kê", "The link to the inventory report is missing"));
        } else if (!LINK.matcher(inventory.reportLink().strip()).matches()) {
            problems.add(LocalizedText.of("Đường dẫn " + echo(inventory.reportLink()) + " không hợp lệ (http:// hoặc https://)",
                    "The link " + echo(inventory.reportLink()) + " is not valid (http:// or https://)"));
        }
        return problems;
    }

    /** A quantity of emissions, 0 or more tCO2e; a problem when required and missing, or not such a number. */
    private static Optional<BigDecimal> emissions(Object value, String vi, String en, boolean required, List<LocalizedText> problems) {
        if (value == null) {
            if (required) {
                problems.add(LocalizedText.of("Thiếu phát thải " + vi, en + " emissions are missing"));
            }
            return Optional.empty();
        }
        Optional<BigDecimal> amount = Numbers.parse(value).filter(number -> number.signum() >= 0);
        if (amount.isEmpty()) {
            problems.add(LocalizedText.of("Phát thải " + vi + " " + echo(value) + " phải là số tCO2e không âm",
                    en + " emissions " + echo(value) + " must be a number of tCO2e, 0 or more"));
        }
        return amount;
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }
}
