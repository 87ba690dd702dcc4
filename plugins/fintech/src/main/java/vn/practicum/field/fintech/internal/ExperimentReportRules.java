package vn.practicum.field.fintech.internal;

import java.util.ArrayList;
import java.util.List;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When a sandbox experiment report is complete enough for the mentor to review:
 * <ul>
 *   <li>it has a title;</li>
 *   <li>it says which data it used: synthetic or masked data, never live customer data, and nothing wider than the
 *       access the host granted in the placement ({@code sandboxDataScope});</li>
 *   <li>it has every {@link ExperimentSection} the data requires: objective, method, results, compliance controls,
 *       and for masked real data also how it was masked (Law on Personal Data Protection 91/2025/QH15);</li>
 *   <li>a link to the full report, if given, is an https address.</li>
 * </ul>
 * Every problem is reported, with the missing sections named.
 */
public class ExperimentReportRules {

    static final LocalizedText LABEL = LocalizedText.of("Báo cáo thử nghiệm sandbox", "Sandbox experiment report");

    /**
     * The problems of the report, in order; empty when it is complete.
     *
     * @param grantedScope the data scope granted at placement, as stored; null if unknown (then only the kind of data
     *                     is checked)
     */
    public List<LocalizedText> problems(ExperimentReport report, String grantedScope) {
        List<LocalizedText> problems = new ArrayList<>();
        if (Problems.isBlank(report.title())) {
            problems.add(problem("thiếu tên thử nghiệm", "the experiment title is missing"));
        }

        SandboxDataScope dataset = null;
        if (Problems.isBlank(report.dataset())) {
            problems.add(problem("thiếu loại dữ liệu đã dùng", "the data used is missing"));
        } else {
            dataset = SandboxDataScope.of(report.dataset()).orElse(null);
            SandboxDataScope granted = SandboxDataScope.of(grantedScope).orElse(null);
            if (dataset == null) {
                problems.add(problem("dữ liệu " + Problems.echo(report.dataset())
                                + " không được phép trong thử nghiệm: chỉ dữ liệu giả lập hoặc dữ liệu đã che giấu",
                        "the data " + Problems.echo(report.dataset())
                                + " is not allowed in an experiment: synthetic or masked data only"));
            } else if (granted != null && dataset.isWiderThan(granted)) {
                problems.add(problem("thử nghiệm dùng " + dataset.label().vi() + " trong khi sinh viên chỉ được cấp quyền với "
                                + granted.label().vi(),
                        "the experiment used " + dataset.label().en() + " while the student was granted "
                                + granted.label().en() + " only"));
            }
        }

        // sections: those every experiment needs, and those of its data when it is known
        List<ExperimentSection> missing = new ArrayList<>();
        for (ExperimentSection section : ExperimentSection.values()) {
            if (section.isRequiredFor(dataset) && !report.has(section)) {
                missing.add(section);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(problem("báo cáo thiếu: " + String.join(", ", missing.stream().map(s -> s.label().vi()).toList()),
                    "the report is missing: " + String.join(", ", missing.stream().map(s -> s.label().en()).toList())));
        }

        String link = report.reportLink();
        if (!Problems.isBlank(link) && !Inputs.isHttpsAddress(link.strip())) {
            problems.add(problem("liên kết " + Problems.echo(link) + " không phải địa chỉ https hợp lệ",
                    "the link " + Problems.echo(link) + " is not a valid https address"));
        }
        return problems;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
