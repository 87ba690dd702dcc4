package vn.practicum.engine.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Small rounds whose outcome is worked out by hand, and the words each student reads. */
class DeferredAcceptanceTest {

    static final String IT = "information-technology";
    static final String TOURISM = "tourism";

    final DeferredAcceptance matcher = new DeferredAcceptance();

    static Offer offer(String id, String host, int capacity, String... requirements) {
        return new Offer(id, host, IT, capacity, Set.of(requirements));
    }

    static Applicant student(String id, String... choices) {
        return new Applicant(id, IT, false, Set.of(), List.of(choices));
    }

    static Applicant priority(String id, String... choices) {
        return new Applicant(id, IT, true, Set.of(), List.of(choices));
    }

    MatchingResult match(List<Offer> offers, List<Applicant> applicants, HostPreferences... preferences) {
        return matcher.match(new MatchingInput(offers, applicants, List.of(preferences), 2026L));
    }

    @Test
    void the_host_s_ranking_decides_a_contested_place_and_the_other_student_gets_their_second_choice() {
        // given two single places both students want first; fpt ranks bao above an
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 1), offer("vng-1", "vng", 1)),
                List.of(student("an", "fpt-1", "vng-1"), student("bao", "fpt-1", "vng-1")),
                HostPreferences.ranking("fpt-1", "bao", "an"));

        // then
        assertThat(result.outcome("bao").orElseThrow()).satisfies(bao -> {
            assertThat(bao.offerId()).isEqualTo("fpt-1");
            assertThat(bao.rank()).isEqualTo(1);
            assertThat(bao.text().en()).isEqualTo("placed at your 1st choice: offer fpt-1 (host fpt)");
        });
        StudentOutcome an = result.outcome("an").orElseThrow();
        assertThat(an.offerId()).isEqualTo("vng-1");
        assertThat(an.hostCode()).isEqualTo("vng");
        assertThat(an.rank()).isEqualTo(2);
        assertThat(an.choices()).extracting(ChoiceOutcome::status).containsExactly(ChoiceStatus.FULL, ChoiceStatus.PLACED);
        assertThat(an.text().vi()).isEqualTo("Đã xếp chỗ theo nguyện vọng 2 của bạn: vị trí vng-1 (đơn vị vng)");
        assertThat(an.text().en()).isEqualTo("placed at your 2nd choice: offer vng-1 (host vng)");
        assertThat(result.placements()).containsEntry("fpt-1", List.of("bao")).containsEntry("vng-1", List.of("an"));
    }

    @Test
    void a_priority_student_goes_first_where_the_host_ranked_nobody() {
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 1)),
                List.of(student("an", "fpt-1"), priority("zung", "fpt-1")));

        assertThat(result.outcome("zung").orElseThrow().placed()).isTrue();
        StudentOutcome an = result.outcome("an").orElseThrow();
        assertThat(an.placed()).isFalse();
        assertThat(an.rank()).isZero();
        assertThat(an.text().vi()).isEqualTo("Chưa được xếp chỗ: tất cả nguyện vọng của bạn đã đủ chỗ");
        assertThat(an.text().en()).isEqualTo("not placed: all your choices are full");
        assertThat(result.unplaced()).extracting(StudentOutcome::studentId).containsExactly("an");
    }

    @Test
    void a_host_s_explicit_ranking_outweighs_priority() {
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 1)),
                List.of(student("an", "fpt-1"), priority("zung", "fpt-1")),
                HostPreferences.ranking("fpt-1", "an"));

        assertThat(result.placements().get("fpt-1")).containsExactly("an");
    }

    @Test
    void a_later_better_applicant_displaces_a_held_one_who_then_moves_down_their_list() {
        // capacities: fpt 2, vng 1; everybody wants fpt first, vng second. Hosts rank: fpt c > a > b; vng a > b > c.
        // By hand, whatever the order of proposals: fpt ends up holding its two best proposers c and a; b, rejected
        // (at once or displaced when c or a arrived), proposes to vng, which is empty and holds b.
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 2), offer("vng-1", "vng", 1)),
                List.of(student("a", "fpt-1", "vng-1"), student("b", "fpt-1", "vng-1"), student("c", "fpt-1", "vng-1")),
                HostPreferences.ranking("fpt-1", "c", "a", "b"), HostPreferences.ranking("vng-1", "a", "b", "c"));

        assertThat(result.placements()).containsEntry("fpt-1", List.of("c", "a")).containsEntry("vng-1", List.of("b"));
        assertThat(result.outcome("b").orElseThrow().rank()).isEqualTo(2);
        assertThat(result.filled()).containsEntry("fpt-1", 2).containsEntry("vng-1", 1);
    }

    @Test
    void the_student_optimal_matching_and_not_the_host_optimal_one() {
        // two students, two hosts with opposite tastes: a likes fpt, b likes vng; fpt likes b, vng likes a.
        // Both matchings {a-fpt, b-vng} and {a-vng, b-fpt} are stable; students proposing get their first choices.
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 1), offer("vng-1", "vng", 1)),
                List.of(student("a", "fpt-1", "vng-1"), student("b", "vng-1", "fpt-1")),
                HostPreferences.ranking("fpt-1", "b", "a"), HostPreferences.ranking("vng-1", "a", "b"));

        assertThat(result.outcome("a").orElseThrow().offerId()).isEqualTo("fpt-1");
        assertThat(result.outcome("b").orElseThrow().offerId()).isEqualTo("vng-1");
    }

    @Test
    void field_requirements_and_declines_are_honoured_and_explained_choice_by_choice() {
        Offer tourism = new Offer("vtr-1", "vietravel", TOURISM, 3, Set.of());
        Offer secure = offer("viettel-1", "viettel", 3, "cybersecurity-training", "nda");
        Offer open = offer("fpt-1", "fpt", 3);
        Applicant an = new Applicant("an", IT, false, Set.of("nda"), List.of("vtr-1", "viettel-1", "fpt-1"));

        MatchingResult result = match(List.of(tourism, secure, open), List.of(an),
                HostPreferences.declining("fpt-1", "an"));

        StudentOutcome outcome = result.outcome("an").orElseThrow();
        assertThat(outcome.placed()).isFalse();
        assertThat(outcome.choices()).extracting(ChoiceOutcome::status)
                .containsExactly(ChoiceStatus.WRONG_FIELD, ChoiceStatus.REQUIREMENTS_NOT_MET, ChoiceStatus.DECLINED_BY_HOST);
        assertThat(outcome.choices().get(1).missingRequirements()).containsExactly("cybersecurity-training");
        assertThat(outcome.text().vi()).isEqualTo("Chưa được xếp chỗ: nguyện vọng 1 thuộc ngành khác; "
                + "nguyện vọng 2 yêu cầu cybersecurity-training; nguyện vọng 3 bị đơn vị từ chối");
        assertThat(outcome.text().en()).isEqualTo("not placed: 1st choice is in another field; "
                + "2nd choice requires cybersecurity-training; 3rd choice declined you");
    }

    @Test
    void a_student_who_meets_the_requirements_is_placed_and_lower_choices_are_not_needed() {
        Applicant qualified = new Applicant("an", IT, false, Set.of("cybersecurity-training", "nda", "english-b2"),
                List.of("viettel-1", "fpt-1"));

        StudentOutcome outcome = match(List.of(offer("viettel-1", "viettel", 1, "cybersecurity-training", "nda"),
                offer("fpt-1", "fpt", 1)), List.of(qualified)).outcome("an").orElseThrow();

        assertThat(outcome.offerId()).isEqualTo("viettel-1");
        assertThat(outcome.choices()).extracting(ChoiceOutcome::status)
                .containsExactly(ChoiceStatus.PLACED, ChoiceStatus.NOT_NEEDED);
    }

    @Test
    void a_student_with_no_choices_an_offer_with_no_places_and_hosts_that_all_declined() {
        MatchingResult result = match(List.of(offer("fpt-1", "fpt", 0), offer("vng-1", "vng", 2)),
                List.of(student("an"), student("bao", "fpt-1"), student("chi", "vng-1")),
                HostPreferences.declining("vng-1", "chi"));

        assertThat(result.outcome("an").orElseThrow().text())
                .satisfies(t -> assertThat(t.vi()).isEqualTo("Chưa được xếp chỗ: bạn chưa chọn nguyện vọng nào"))
                .satisfies(t -> assertThat(t.en()).isEqualTo("not placed: you ranked no offers"));
        assertThat(result.outcome("bao").orElseThrow().text().en()).isEqualTo("not placed: all your choices are full");
        assertThat(result.outcome("chi").orElseThrow().text().en()).isEqualTo("not placed: the hosts of all your choices declined you");
        assertThat(result.outcome("chi").orElseThrow().text().vi())
                .isEqualTo("Chưa được xếp chỗ: các đơn vị bạn chọn đều đã từ chối hồ sơ của bạn");
        assertThat(result.placements()).containsEntry("fpt-1", List.of()).containsEntry("vng-1", List.of());
    }

    @Test
    void among_students_nobody_ranked_the_lottery_decides_and_the_same_seed_gives_the_same_draw() {
        List<Offer> offers = List.of(offer("fpt-1", "fpt", 1));
        List<Applicant> applicants = List.of(student("an", "fpt-1"), student("bao", "fpt-1"), student("chi", "fpt-1"));
        String expected = applicants.stream().map(Applicant::studentId)
                .min(java.util.Comparator.comparingLong(id -> Lottery.number(7L, id))).orElseThrow();

        MatchingResult result = matcher.match(new MatchingInput(offers, applicants, List.of(), 7L));

        assertThat(result.placements().get("fpt-1")).containsExactly(expected);
        assertThat(matcher.match(new MatchingInput(offers, reversed(applicants), List.of(), 7L))).isEqualTo(result);
    }

    static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void the_lottery_is_a_fixed_function_so_a_round_closed_again_draws_the_same_numbers() {
        assertThat(Lottery.number(0L, "hust-20210001")).isEqualTo(Lottery.number(0L, "hust-20210001"));
        assertThat(Lottery.number(0L, "hust-20210001")).isNotEqualTo(Lottery.number(1L, "hust-20210001"));
        assertThat(Lottery.number(2026L, "hust-20210001")).isEqualTo(LOTTERY_2026_HUST_20210001);
    }

    /** Pinned (an independent Python implementation gives the same number): changing the lottery would change closed rounds. */
    static final long LOTTERY_2026_HUST_20210001 = -7390029792134834884L;

    @Test
    void names_every_problem_of_an_input_that_cannot_be_matched() {
        MatchingInput bad = new MatchingInput(
                List.of(offer("fpt-1", "fpt", -1), offer("fpt-1", "fpt", 1)),
                List.of(student("an", "a", "b", "c", "d", "e", "f"), student("an", "fpt-1", "fpt-1")),
                List.of(new HostPreferences("fpt-1", List.of("an"), Set.of("an")), HostPreferences.ranking("nope")),
                0L);

        assertThatThrownBy(() -> matcher.match(bad))
                .isInstanceOfSatisfying(InvalidMatchingInputException.class, e -> assertThat(e.problems()).containsExactly(
                        "offer fpt-1: capacity must be 0 or more",
                        "offer fpt-1: id used twice",
                        "applicant an: at most 5 choices, not 6",
                        "applicant an: unknown offer a",
                        "applicant an: unknown offer b",
                        "applicant an: unknown offer c",
                        "applicant an: unknown offer d",
                        "applicant an: unknown offer e",
                        "applicant an: unknown offer f",
                        "applicant an: studentId used twice",
                        "applicant an: an offer ranked twice",
                        "host preferences of offer fpt-1: an both ranked and declined",
                        "host preferences of offer nope: unknown offer"));
    }

    @Test
    void ordinals_read_as_english_does() {
        assertThat(List.of(1, 2, 3, 4, 5, 11, 12, 13, 21, 22)).map(OutcomeTexts::ordinal)
                .containsExactly("1st", "2nd", "3rd", "4th", "5th", "11th", "12th", "13th", "21st", "22nd");
    }
}
