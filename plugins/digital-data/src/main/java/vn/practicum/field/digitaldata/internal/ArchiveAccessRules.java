package vn.practicum.field.digitaldata.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the host may grant a student the archive access it entered (Law on Archives 2024; Law on Data 2024;
 * Law on Protection of State Secrets 2018):
 * <ul>
 *   <li>it names the fonds and the scope of the work;</li>
 *   <li>a student never handles records holding state secrets: only people assigned by a competent authority may;</li>
 *   <li>nothing in scope is more sensitive than the host lets a student handle ({@code maximumDataClassification},
 *       important data unless configured otherwise, so core data stays with the host's staff);</li>
 *   <li>important data and above are handled only under an archivist's supervision;</li>
 *   <li>the student signed a confidentiality commitment, on a real day no later than work starts.</li>
 * </ul>
 * Every problem is reported, so the host corrects the grant in one go.
 */
public class ArchiveAccessRules {

    static final int MAX_TEXT_LENGTH = 2000;
    static final LocalizedText ACCESS = LocalizedText.of("Quyền tiếp cận tài liệu", "Archive access");

    /**
     * @param maximum    the most sensitive class a student may handle at this host (never state secrets)
     * @param workStarts the placement's first day
     */
    public List<LocalizedText> problems(ArchiveAccess access, DataClassification maximum, LocalDate workStarts) {
        Objects.requireNonNull(maximum, "maximum");
        Objects.requireNonNull(workStarts, "workStarts");
        if (maximum == DataClassification.STATE_SECRET) {
            throw new IllegalArgumentException("maximumDataClassification cannot be STATE_SECRET: a student never handles state secrets");
        }
        List<LocalizedText> problems = new ArrayList<>();
        text(access.fonds(), "thiếu tên phông, sưu tập lưu trữ", "the archive fonds or collection is missing", problems);
        text(access.scope(), "thiếu phạm vi công việc (mục lục, hộp, hệ thống)", "the scope of the work (series, boxes, systems) is missing",
                problems);

        if (isBlank(access.highestClassification())) {
            problems.add(problem("thiếu mức phân loại cao nhất của dữ liệu trong phạm vi", "the highest data classification in scope is missing"));
        } else {
            Optional<DataClassification> known = DataClassification.of(access.highestClassification());
            if (known.isEmpty()) {
                problems.add(problem("mức phân loại " + Problems.echo(access.highestClassification()) + " không được hỗ trợ",
                        "the classification " + Problems.echo(access.highestClassification()) + " is not one we know"));
            } else {
                classification(known.get(), maximum, access.supervised(), problems);
            }
        }

        if (!Boolean.TRUE.equals(access.confidentialitySigned())) {
            problems.add(problem("sinh viên chưa ký cam kết bảo mật: không tiếp cận tài liệu khi chưa ký",
                    "the student has not signed the confidentiality commitment: no access to records without it"));
        } else if (isBlank(access.confidentialitySignedOn())) {
            problems.add(problem("thiếu ngày ký cam kết bảo mật", "the date the confidentiality commitment was signed is missing"));
        } else {
            Optional<LocalDate> signedOn = CalendarDays.parse(access.confidentialitySignedOn());
            if (signedOn.isEmpty()) {
                problems.add(problem("ngày ký " + Problems.echo(access.confidentialitySignedOn()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the signing date " + Problems.echo(access.confidentialitySignedOn()) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (signedOn.get().isAfter(workStarts)) {
                problems.add(problem("cam kết bảo mật ký ngày " + signedOn.get() + ", sau ngày bắt đầu thực tập " + workStarts,
                        "the confidentiality commitment was signed on " + signedOn.get() + ", after the placement starts on " + workStarts));
            }
        }
        return problems;
    }

    private static void classification(DataClassification highest, DataClassification maximum, Boolean supervised,
                                       List<LocalizedText> problems) {
        if (highest == DataClassification.STATE_SECRET) {
            problems.add(problem("sinh viên thực tập không được tiếp cận tài liệu chứa bí mật nhà nước (Luật Bảo vệ bí mật nhà nước 2018):"
                            + " loại các tài liệu đó khỏi phạm vi",
                    "a student may not handle records holding state secrets (Law on Protection of State Secrets 2018):"
                            + " take them out of the scope"));
            return;
        }
        if (highest.isAbove(maximum)) {
            problems.add(problem(highest.label().vi() + " vượt mức cao nhất đơn vị cho phép sinh viên xử lý (" + maximum.label().vi() + ")",
                    highest.label().en() + " is above what the host lets a student handle (" + maximum.label().en() + ")"));
            return;
        }
        if (!highest.isAbove(DataClassification.OTHER_DATA) || Boolean.TRUE.equals(supervised)) {
            return;
        }
        problems.add(problem(highest.label().vi() + " chỉ được xử lý dưới sự giám sát của cán bộ lưu trữ của đơn vị",
                highest.label().en() + " may only be handled under the supervision of one of the host's archivists"));
    }

    private static void text(String text, String missingVi, String missingEn, List<LocalizedText> problems) {
        if (isBlank(text)) {
            problems.add(problem(missingVi, missingEn));
        } else if (text.strip().length() > MAX_TEXT_LENGTH) {
            problems.add(problem("nội dung dài quá " + MAX_TEXT_LENGTH + " ký tự", "a text is longer than " + MAX_TEXT_LENGTH + " characters"));
        }
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(ACCESS, vi, en);
    }
}
