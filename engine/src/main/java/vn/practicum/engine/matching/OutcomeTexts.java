package vn.practicum.engine.matching;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.practicum.engine.spi.LocalizedText;

/** The outcome of a round in words, Vietnamese first: what each student reads. */
final class OutcomeTexts {

    private OutcomeTexts() {
    }

    static LocalizedText placed(int rank, Offer offer) {
        return LocalizedText.of(
                "Đã xếp chỗ theo nguyện vọng " + rank + " của bạn: vị trí " + offer.id() + " (đơn vị " + offer.hostCode() + ")",
                "placed at your " + ordinal(rank) + " choice: offer " + offer.id() + " (host " + offer.hostCode() + ")");
    }

    static LocalizedText notPlaced(List<ChoiceOutcome> choices) {
        if (choices.isEmpty()) {
            return LocalizedText.of("Chưa được xếp chỗ: bạn chưa chọn nguyện vọng nào",
                    "not placed: you ranked no offers");
        }
        Set<ChoiceStatus> statuses = choices.stream().map(ChoiceOutcome::status).collect(Collectors.toSet());
        if (statuses.equals(Set.of(ChoiceStatus.FULL))) {
            return LocalizedText.of("Chưa được xếp chỗ: tất cả nguyện vọng của bạn đã đủ chỗ",
                    "not placed: all your choices are full");
        }
        if (statuses.equals(Set.of(ChoiceStatus.DECLINED_BY_HOST))) {
            return LocalizedText.of("Chưa được xếp chỗ: các đơn vị bạn chọn đều đã từ chối hồ sơ của bạn",
                    "not placed: the hosts of all your choices declined you");
        }
        if (statuses.equals(Set.of(ChoiceStatus.WRONG_FIELD))) {
            return LocalizedText.of("Chưa được xếp chỗ: không nguyện vọng nào thuộc ngành của bạn",
                    "not placed: none of your choices is in your field");
        }
        String vi = choices.stream().map(OutcomeTexts::vi).collect(Collectors.joining("; "));
        String en = choices.stream().map(OutcomeTexts::en).collect(Collectors.joining("; "));
        return LocalizedText.of("Chưa được xếp chỗ: " + vi, "not placed: " + en);
    }

    private static String vi(ChoiceOutcome choice) {
        String which = "nguyện vọng " + choice.rank();
        return switch (choice.status()) {
            case FULL -> which + " đã đủ chỗ";
            case WRONG_FIELD -> which + " thuộc ngành khác";
            case REQUIREMENTS_NOT_MET -> which + " yêu cầu " + missing(choice);
            case DECLINED_BY_HOST -> which + " bị đơn vị từ chối";
            case PLACED, NOT_NEEDED -> which;
        };
    }

    private static String en(ChoiceOutcome choice) {
        String which = ordinal(choice.rank()) + " choice";
        return switch (choice.status()) {
            case FULL -> which + " is full";
            case WRONG_FIELD -> which + " is in another field";
            case REQUIREMENTS_NOT_MET -> which + " requires " + missing(choice);
            case DECLINED_BY_HOST -> which + " declined you";
            case PLACED, NOT_NEEDED -> which;
        };
    }

    private static String missing(ChoiceOutcome choice) {
        return String.join(", ", new TreeSet<>(choice.missingRequirements()));
    }

    /** 1st, 2nd, 3rd, 4th, 5th. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
