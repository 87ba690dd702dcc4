package vn.practicum.engine.placement;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import vn.practicum.engine.spi.LocalizedText;

/** The SQL of the placement tables (Flyway V5), on whatever connection the caller's transaction uses. */
final class PlacementStore {

    static final RowMapper<Round> ROUND = (rs, row) -> new Round(rs.getString("round_id"), rs.getString("cohort"),
            RoundStatus.valueOf(rs.getString("status")), rs.getLong("lottery_seed"), rs.getString("opened_by"),
            instant(rs.getTimestamp("opened_at")), rs.getString("closed_by"), instant(rs.getTimestamp("closed_at")),
            (Integer) rs.getObject("placed_count"), (Integer) rs.getObject("unplaced_count"));

    static final RowMapper<RoundOffer> OFFER = (rs, row) -> new RoundOffer(rs.getString("offer_id"),
            rs.getString("round_id"), rs.getString("host_code"), rs.getString("field_key"), rs.getInt("capacity"),
            set(rs.getString("requirements")), rs.getString("title_vi"), rs.getString("title_en"));

    static final RowMapper<RoundResult> RESULT = (rs, row) -> new RoundResult(rs.getString("round_id"),
            rs.getString("student_id"), rs.getString("offer_id"), rs.getString("host_code"), rs.getInt("choice_rank"),
            LocalizedText.of(rs.getString("outcome_vi"), rs.getString("outcome_en")));

    private final JdbcTemplate jdbc;

    PlacementStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertRound(Round round) {
        jdbc.update("""
                insert into practicum_placement_round (round_id, cohort, status, lottery_seed, opened_by, opened_at)
                values (?, ?, ?, ?, ?, ?)""", round.roundId(), round.cohort(), round.status().name(),
                round.lotterySeed(), round.openedBy(), Timestamp.from(round.openedAt()));
    }

    Optional<Round> round(String roundId) {
        return jdbc.query("select * from practicum_placement_round where round_id = ?", ROUND, roundId).stream().findFirst();
    }

    /** The round, its row locked until the transaction ends: closing and joining wait for each other. */
    Optional<Round> lockRound(String roundId) {
        return jdbc.query("select * from practicum_placement_round where round_id = ? for update", ROUND, roundId)
                .stream().findFirst();
    }

    List<Round> rounds() {
        return jdbc.query("select * from practicum_placement_round order by opened_at desc, round_id", ROUND);
    }

    boolean openRoundOfCohort(String cohort) {
        return !jdbc.queryForList("select round_id from practicum_placement_round where cohort = ? and status = 'OPEN'",
                String.class, cohort).isEmpty();
    }

    void markClosed(String roundId, String by, Instant at, int placed, int unplaced) {
        jdbc.update("""
                update practicum_placement_round set status = 'CLOSED', closed_by = ?, closed_at = ?, placed_count = ?,
                       unplaced_count = ? where round_id = ?""", by, Timestamp.from(at), placed, unplaced, roundId);
    }

    void insertOffer(RoundOffer offer, String by, Instant at) {
        jdbc.update("""
                insert into practicum_placement_offer (offer_id, round_id, host_code, field_key, capacity, requirements,
                       title_vi, title_en, published_by, published_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                offer.offerId(), offer.roundId(), offer.hostCode(), offer.fieldKey(), offer.capacity(),
                offer.requirementsColumn(), offer.titleVi(), offer.titleEn(), by, Timestamp.from(at));
    }

    Optional<RoundOffer> offer(String offerId) {
        return jdbc.query("select * from practicum_placement_offer where offer_id = ?", OFFER, offerId).stream().findFirst();
    }

    List<RoundOffer> offers(String roundId, String fieldKey, String hostCode) {
        StringBuilder sql = new StringBuilder("select * from practicum_placement_offer where round_id = ?");
        List<Object> args = new ArrayList<>(List.of(roundId));
        if (fieldKey != null) {
            sql.append(" and field_key = ?");
            args.add(fieldKey);
        }
        if (hostCode != null) {
            sql.append(" and host_code = ?");
            args.add(hostCode);
        }
        return jdbc.query(sql.append(" order by offer_id").toString(), OFFER, args.toArray());
    }

    Optional<RoundApplicant> applicant(String roundId, String studentId) {
        List<RoundApplicant> found = jdbc.query("select * from practicum_placement_applicant where round_id = ? and student_id = ?",
                (rs, row) -> new RoundApplicant(rs.getString("round_id"), rs.getString("student_id"),
                        rs.getString("school_code"), rs.getString("field_key"), rs.getBoolean("priority"),
                        set(rs.getString("qualifications")), choices(roundId, studentId)), roundId, studentId);
        return found.stream().findFirst();
    }

    /** The open round in which the student ranked offers, if any. */
    Optional<String> openRoundOf(String studentId) {
        return jdbc.queryForList("""
                select a.round_id from practicum_placement_applicant a
                  join practicum_placement_round r on r.round_id = a.round_id
                 where a.student_id = ? and r.status = 'OPEN' order by a.ranked_at desc""", String.class, studentId)
                .stream().findFirst();
    }

    List<String> choices(String roundId, String studentId) {
        return jdbc.queryForList("""
                select offer_id from practicum_placement_choice where round_id = ? and student_id = ?
                 order by choice_rank""", String.class, roundId, studentId);
    }

    /** Replaces the student's choices; keeps priority and qualifications the school set. */
    void saveChoices(String roundId, String studentId, String schoolCode, String fieldKey, boolean defaultPriority,
                     List<String> offerIds, Instant at) {
        int updated = jdbc.update("update practicum_placement_applicant set ranked_at = ? where round_id = ? and student_id = ?",
                Timestamp.from(at), roundId, studentId);
        if (updated == 0) {
            jdbc.update("""
                    insert into practicum_placement_applicant (round_id, student_id, school_code, field_key, priority,
                           qualifications, ranked_at) values (?, ?, ?, ?, ?, '', ?)""",
                    roundId, studentId, schoolCode, fieldKey, defaultPriority, Timestamp.from(at));
        }
        jdbc.update("delete from practicum_placement_choice where round_id = ? and student_id = ?", roundId, studentId);
        for (int i = 0; i < offerIds.size(); i++) {
            jdbc.update("insert into practicum_placement_choice (round_id, student_id, choice_rank, offer_id) values (?, ?, ?, ?)",
                    roundId, studentId, i + 1, offerIds.get(i));
        }
    }

    boolean markApplicant(String roundId, String studentId, boolean priority, Set<String> qualifications) {
        return jdbc.update("update practicum_placement_applicant set priority = ?, qualifications = ? where round_id = ? and student_id = ?",
                priority, String.join(",", new TreeSet<>(qualifications)), roundId, studentId) > 0;
    }

    boolean registeredPriority(String studentId) {
        return jdbc.queryForList("select placement_priority from practicum_student where student_id = ?", Boolean.class,
                studentId).stream().findFirst().orElse(false);
    }

    List<OfferApplicant> offerApplicants(String offerId) {
        return jdbc.query("""
                select c.student_id, c.choice_rank, a.priority, h.position, coalesce(h.declined, false) as declined
                  from practicum_placement_choice c
                  join practicum_placement_applicant a on a.round_id = c.round_id and a.student_id = c.student_id
                  left join practicum_placement_host_choice h on h.offer_id = c.offer_id and h.student_id = c.student_id
                 where c.offer_id = ? order by c.student_id""", (rs, row) -> new OfferApplicant(rs.getString("student_id"),
                rs.getInt("choice_rank"), rs.getBoolean("priority"), (Integer) rs.getObject("position"),
                rs.getBoolean("declined")), offerId);
    }

    void saveHostChoices(String offerId, List<String> ranking, Set<String> declined) {
        jdbc.update("delete from practicum_placement_host_choice where offer_id = ?", offerId);
        for (int i = 0; i < ranking.size(); i++) {
            jdbc.update("insert into practicum_placement_host_choice (offer_id, student_id, position, declined) values (?, ?, ?, false)",
                    offerId, ranking.get(i), i + 1);
        }
        for (String studentId : new TreeSet<>(declined)) {
            jdbc.update("insert into practicum_placement_host_choice (offer_id, student_id, position, declined) values (?, ?, null, true)",
                    offerId, studentId);
        }
    }

    /** Every applicant of the round with their choices, by student id. */
    List<RoundApplicant> applicants(String roundId) {
        Map<String, List<String>> choices = new LinkedHashMap<>();
        jdbc.query("select student_id, offer_id from practicum_placement_choice where round_id = ? order by student_id, choice_rank",
                rs -> {
                    choices.computeIfAbsent(rs.getString("student_id"), id -> new ArrayList<>()).add(rs.getString("offer_id"));
                }, roundId);
        return jdbc.query("select * from practicum_placement_applicant where round_id = ? order by student_id",
                (rs, row) -> new RoundApplicant(roundId, rs.getString("student_id"), rs.getString("school_code"),
                        rs.getString("field_key"), rs.getBoolean("priority"), set(rs.getString("qualifications")),
                        choices.getOrDefault(rs.getString("student_id"), List.of())), roundId);
    }

    /** Each offer's host ranking (student ids by position) and declines, by offer id. */
    Map<String, HostChoices> hostChoices(String roundId) {
        Map<String, HostChoices> byOffer = new LinkedHashMap<>();
        jdbc.query("""
                select h.offer_id, h.student_id, h.position, h.declined from practicum_placement_host_choice h
                  join practicum_placement_offer o on o.offer_id = h.offer_id
                 where o.round_id = ? order by h.offer_id, h.position, h.student_id""", rs -> {
            HostChoices choices = byOffer.computeIfAbsent(rs.getString("offer_id"), id -> new HostChoices(new ArrayList<>(), new TreeSet<>()));
            if (rs.getBoolean("declined")) {
                choices.declined().add(rs.getString("student_id"));
            } else {
                choices.ranking().add(rs.getString("student_id"));
            }
        }, roundId);
        return byOffer;
    }

    void insertResults(List<RoundResult> results) {
        jdbc.batchUpdate("""
                insert into practicum_placement_result (round_id, student_id, offer_id, host_code, choice_rank, outcome_vi,
                       outcome_en) values (?, ?, ?, ?, ?, ?, ?)""", results, 500, (statement, result) -> {
            statement.setString(1, result.roundId());
            statement.setString(2, result.studentId());
            statement.setString(3, result.offerId());
            statement.setString(4, result.hostCode());
            statement.setInt(5, result.choiceRank());
            statement.setString(6, result.outcome().vi());
            statement.setString(7, result.outcome().en());
        });
    }

    Optional<RoundResult> result(String roundId, String studentId) {
        return jdbc.query("select * from practicum_placement_result where round_id = ? and student_id = ?", RESULT,
                roundId, studentId).stream().findFirst();
    }

    List<RoundResult> results(String roundId) {
        return jdbc.query("select * from practicum_placement_result where round_id = ? order by student_id", RESULT, roundId);
    }

    record HostChoices(List<String> ranking, Set<String> declined) {
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Set<String> set(String column) {
        if (column == null || column.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(column.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }
}
