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
 * Whether a student may guide the tours the host assigned (Law on Tourism 2017, Art. 58–65; Circular
 * 06/2017/TT-BVHTTDL). Only a carded guide may guide, so the student either holds a card, or shadows a carded
 * guide on the travel company's assignment letter:
 * <ul>
 *   <li>the card (the student's own, or the shadowed guide's) must be of a kind whose scope covers the tours:
 *       international tours need an international card; domestic tours an international or domestic card; a tourist
 *       site any card;</li>
 *   <li>its number is present, digits only (6 to 12);</li>
 *   <li>it is valid on the day it must be valid on (the placement's first day): valid until that very day is
 *       enough. International and domestic cards are issued for 5 years, so their valid-until date is required and
 *       cannot lie more than 5 years after that day; an on-site card has no term;</li>
 *   <li>a shadowing letter has a number ({@code 15/2026/QĐ-DL}) and was issued on or before that day.</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go.
 */
public class GuideCardRules {

    static final Pattern CARD_NUMBER = Pattern.compile("[0-9]{6,12}");
    static final Pattern LETTER_NUMBER = Pattern.compile("(?=.*\\d)[\\p{L}\\p{N}][\\p{L}\\p{N}./-]{2,39}");

    static final LocalizedText TOUR_SCOPE = LocalizedText.of("Phạm vi tour", "Tour scope");
    static final LocalizedText CREDENTIAL = LocalizedText.of("Hình thức hành nghề", "Guiding credential");
    static final LocalizedText OWN_CARD = LocalizedText.of("Thẻ hướng dẫn viên của sinh viên", "The student's tour-guide card");
    static final LocalizedText SHADOWED_GUIDES_CARD =
            LocalizedText.of("Thẻ của hướng dẫn viên kèm cặp", "The supervising guide's card");
    static final LocalizedText ANY_CARD = LocalizedText.of("Thẻ hướng dẫn viên", "The tour-guide card");
    static final LocalizedText LETTER = LocalizedText.of("Giấy phân công kèm cặp", "Shadowing assignment letter");

    /** The problems of the credential for these tours, in order; empty when the student may guide them. */
    public List<LocalizedText> problems(String tourScope, GuideCredentials credentials, LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();

        Optional<TourScope> scope = TourScope.ofCode(tourScope);
        if (isBlank(tourScope)) {
            problems.add(about(TOUR_SCOPE, "đơn vị tiếp nhận chưa xác định phạm vi tour", "the host has not set the tour scope"));
        } else if (scope.isEmpty()) {
            problems.add(about(TOUR_SCOPE, "phạm vi " + echo(tourScope) + " không hợp lệ (INTERNATIONAL, DOMESTIC, ON_SITE)",
                    "the scope " + echo(tourScope) + " is not valid (INTERNATIONAL, DOMESTIC, ON_SITE)"));
        }

        Optional<GuideCredentialKind> credential = GuideCredentialKind.ofCode(credentials.credential());
        if (isBlank(credentials.credential())) {
            problems.add(about(CREDENTIAL, "chưa chọn thẻ của sinh viên hay giấy phân công kèm cặp",
                    "choose the student's own card or a shadowing assignment letter"));
        } else if (credential.isEmpty()) {
            problems.add(about(CREDENTIAL, "hình thức " + echo(credentials.credential()) + " không hợp lệ",
                    "the credential " + echo(credentials.credential()) + " is not valid"));
        }

        LocalizedText card = credential.map(kind -> kind == GuideCredentialKind.OWN_CARD ? OWN_CARD : SHADOWED_GUIDES_CARD)
                .orElse(ANY_CARD);
        Optional<GuideCardKind> kind = GuideCardKind.ofCode(credentials.cardKind());
        if (isBlank(credentials.cardKind())) {
            problems.add(about(card, "chưa chọn loại thẻ", "the card kind is missing"));
        } else if (kind.isEmpty()) {
            problems.add(about(card, "loại thẻ " + echo(credentials.cardKind()) + " không hợp lệ",
                    "the card kind " + echo(credentials.cardKind()) + " is not valid"));
        } else if (scope.isPresent() && !kind.get().mayGuide(scope.get())) {
            problems.add(about(card,
                    kind.get().label().vi() + " không được hướng dẫn " + scope.get().label().vi() + " (Luật Du lịch 2017, Điều 58)",
                    article(kind.get().label().en()) + " " + kind.get().label().en() + " does not cover " + scope.get().label().en() + " (Law on Tourism 2017, Art. 58)"));
        }

        String number = credentials.cardNumber();
        if (isBlank(number)) {
            problems.add(about(card, "thiếu số thẻ", "the card number is missing"));
        } else if (!CARD_NUMBER.matcher(number.strip()).matches()) {
            problems.add(about(card, "số thẻ " + echo(number) + " không hợp lệ (6–12 chữ số)",
                    "the card number " + echo(number) + " is not valid (6–12 digits)"));
        }

        problems.addAll(validity(card, kind, credentials.cardValidUntil(), validOn));

        if (credential.filter(GuideCredentialKind.SHADOWING_LETTER::equals).isPresent()) {
            problems.addAll(letter(credentials, validOn));
        }
        return problems;
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    private static List<LocalizedText> validity(LocalizedText card, Optional<GuideCardKind> kind, String validUntil,
                                                LocalDate validOn) {
        boolean termless = kind.filter(k -> !k.hasTerm()).isPresent();
        if (isBlank(validUntil)) {
            return termless ? List.of() : List.of(about(card, "thiếu ngày hết hạn của thẻ", "the card's valid-until date is missing"));
        }
        Optional<LocalDate> lastDay = CalendarDays.parse(validUntil);
        if (lastDay.isEmpty()) {
            return List.of(about(card,
                    "ngày hết hạn " + echo(validUntil) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the valid-until date " + echo(validUntil) + " is not a valid date in the format yyyy-MM-dd"));
        }
        if (lastDay.get().isBefore(validOn)) {
            return List.of(about(card,
                    "thẻ đã hết hạn ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + validOn,
                    "the card expired on " + lastDay.get() + ", before the placement starts on " + validOn));
        }
        if (kind.filter(GuideCardKind::hasTerm).isPresent()
                && lastDay.get().isAfter(validOn.plusYears(GuideCardKind.TERM_YEARS))) {
            return List.of(about(card,
                    "ngày hết hạn " + lastDay.get() + " vượt quá thời hạn 5 năm của thẻ (Luật Du lịch 2017, Điều 58): kiểm tra lại",
                    "the valid-until date " + lastDay.get() + " is beyond the card's 5-year term (Law on Tourism 2017, Art. 58): check it"));
        }
        return List.of();
    }

    private static List<LocalizedText> letter(GuideCredentials credentials, LocalDate validOn) {
        List<LocalizedText> problems = new ArrayList<>();
        String number = credentials.letterNumber();
        if (isBlank(number)) {
            problems.add(about(LETTER, "thiếu số giấy phân công", "the letter number is missing"));
        } else if (!LETTER_NUMBER.matcher(number.strip()).matches()) {
            problems.add(about(LETTER,
                    "số giấy " + echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the letter number " + echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }
        String issuedOn = credentials.letterIssuedOn();
        if (isBlank(issuedOn)) {
            problems.add(about(LETTER, "thiếu ngày ký giấy phân công", "the letter's date is missing"));
        } else {
            Optional<LocalDate> day = CalendarDays.parse(issuedOn);
            if (day.isEmpty()) {
                problems.add(about(LETTER,
                        "ngày ký " + echo(issuedOn) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                        "the letter's date " + echo(issuedOn) + " is not a valid date in the format yyyy-MM-dd"));
            } else if (day.get().isAfter(validOn)) {
                problems.add(about(LETTER,
                        "giấy ký ngày " + day.get() + ", sau ngày bắt đầu thực tập " + validOn + ": phải có trước khi bắt đầu",
                        "the letter is dated " + day.get() + ", after the placement starts on " + validOn + ": it must exist before"));
            }
        }
        return problems;
    }
}
