package vn.practicum.field.tourism.internal;

import static vn.practicum.engine.rules.Problems.about;
import static vn.practicum.engine.rules.Problems.echo;
import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the student's foreign language is good enough for international tours (Law on Tourism 2017, Art. 59:
 * fluent in the language of practice; Circular 06/2017/TT-BVHTTDL: a certificate of level B2 of the CEFR, level 4
 * of Vietnam's framework, or higher, still valid):
 * <ul>
 *   <li>the certificate is in the language the host's tours are guided in;</li>
 *   <li>its level is at least the minimum (B2; a host may ask more, never less): A1 &lt; A2 &lt; B1 &lt; B2 &lt; C1 &lt; C2;</li>
 *   <li>it has a number and an issuer, and is valid on the placement's first day (until that very day is enough).</li>
 * </ul>
 */
public class LanguageLevelRules {

    static final Pattern CERTIFICATE_NUMBER = Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,39}");
    static final int MAX_ISSUER_LENGTH = 200;

    static final LocalizedText TOURS = LocalizedText.of("Tour quốc tế", "International tours");
    static final LocalizedText CERTIFICATE = LocalizedText.of("Chứng chỉ ngoại ngữ", "Foreign-language certificate");

    /**
     * The problems of the certificate for tours in {@code tourLanguage}, in order; empty when it is good enough.
     *
     * @param minimum the lowest level accepted, B2 or higher
     */
    public List<LocalizedText> problems(String tourLanguage, LanguageCertificate certificate, CefrLevel minimum,
                                        LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        if (!minimum.isAtLeast(CefrLevel.INTERNATIONAL_GUIDE_MINIMUM)) {
            throw new IllegalArgumentException("minimumLanguageLevel must be B2 or higher (Circular 06/2017/TT-BVHTTDL), not " + minimum);
        }
        List<LocalizedText> problems = new ArrayList<>();

        Optional<ForeignLanguage> toursIn = ForeignLanguage.ofCode(tourLanguage);
        if (isBlank(tourLanguage)) {
            problems.add(about(TOURS, "đơn vị tiếp nhận chưa chọn ngôn ngữ hướng dẫn", "the host has not chosen the tours' language"));
        } else if (toursIn.isEmpty()) {
            problems.add(about(TOURS, "ngôn ngữ " + echo(tourLanguage) + " không có trong danh sách",
                    "the language " + echo(tourLanguage) + " is not one the programme knows"));
        }

        Optional<ForeignLanguage> certifiedIn = ForeignLanguage.ofCode(certificate.language());
        if (isBlank(certificate.language())) {
            problems.add(about(CERTIFICATE, "chưa chọn ngôn ngữ của chứng chỉ", "the certificate's language is missing"));
        } else if (certifiedIn.isEmpty()) {
            problems.add(about(CERTIFICATE, "ngôn ngữ " + echo(certificate.language()) + " không có trong danh sách",
                    "the language " + echo(certificate.language()) + " is not one the programme knows"));
        } else if (toursIn.isPresent() && certifiedIn.get() != toursIn.get()) {
            problems.add(about(CERTIFICATE,
                    "chứng chỉ " + certifiedIn.get().label().vi() + ", nhưng tour được hướng dẫn bằng " + toursIn.get().label().vi(),
                    "the certificate is in " + certifiedIn.get().label().en() + " but the tours are guided in " + toursIn.get().label().en()));
        }

        Optional<CefrLevel> level = CefrLevel.ofCode(certificate.level());
        if (isBlank(certificate.level())) {
            problems.add(about(CERTIFICATE, "thiếu trình độ (A1–C2)", "the level (A1–C2) is missing"));
        } else if (level.isEmpty()) {
            problems.add(about(CERTIFICATE, "trình độ " + echo(certificate.level()) + " không thuộc khung CEFR (A1, A2, B1, B2, C1, C2)",
                    "the level " + echo(certificate.level()) + " is not a CEFR level (A1, A2, B1, B2, C1, C2)"));
        } else if (!level.get().isAtLeast(minimum)) {
            problems.add(about(CERTIFICATE,
                    "trình độ " + level.get() + " (bậc " + level.get().vietnameseLevel() + "/6) thấp hơn mức tối thiểu " + minimum
                            + " (bậc " + minimum.vietnameseLevel() + "/6) để hướng dẫn khách du lịch quốc tế (Thông tư 06/2017/TT-BVHTTDL)",
                    "level " + level.get() + " is below the " + minimum
                            + " needed to guide international tourists (Circular 06/2017/TT-BVHTTDL)"));
        }

        String number = certificate.number();
        if (isBlank(number)) {
            problems.add(about(CERTIFICATE, "thiếu số chứng chỉ", "the certificate number is missing"));
        } else if (!CERTIFICATE_NUMBER.matcher(number.strip()).matches()) {
            problems.add(about(CERTIFICATE,
                    "số chứng chỉ " + echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the certificate number " + echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        String issuer = certificate.issuer();
        if (isBlank(issuer)) {
            problems.add(about(CERTIFICATE, "thiếu đơn vị cấp chứng chỉ", "the issuer is missing"));
        } else if (issuer.strip().length() > MAX_ISSUER_LENGTH) {
            problems.add(about(CERTIFICATE, "tên đơn vị cấp dài quá " + MAX_ISSUER_LENGTH + " ký tự",
                    "the issuer is longer than " + MAX_ISSUER_LENGTH + " characters"));
        }

        String validUntil = certificate.validUntil();
        if (isBlank(validUntil)) {
            problems.add(about(CERTIFICATE, "thiếu ngày hết hiệu lực", "the valid-until date is missing"));
        } else {
            Optional<LocalDate> lastDay = CalendarDays.parse(validUntil);
            if (lastDay.isEmpty()) {
                problems.add(about(CERTIFICATE,
                        "ngày hết hiệu lực " + echo(validUntil) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the valid-until date " + echo(validUntil) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (lastDay.get().isBefore(validOn)) {
                problems.add(about(CERTIFICATE,
                        "chứng chỉ đã hết hạn ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + validOn,
                        "the certificate expired on " + lastDay.get() + ", before the placement starts on " + validOn));
            }
        }
        return problems;
    }
}
