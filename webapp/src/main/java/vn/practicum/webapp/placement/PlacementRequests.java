package vn.practicum.webapp.placement;

import java.util.List;
import java.util.Set;

/** The JSON bodies of the placement API. */
final class PlacementRequests {

    private PlacementRequests() {
    }

    /** Opens a round; the seed is drawn at random unless given (it is published with the round either way). */
    record OpenRound(String roundId, String cohort, Long lotterySeed) {
    }

    /** Closing asks for a JSON body (may be {@code {}}), so that a form on another site cannot close a round. */
    record CloseRound(String note) {
    }

    record PublishOffer(String offerId, String hostCode, String fieldKey, Integer capacity, Set<String> requirements,
                        String titleVi, String titleEn) {
    }

    /** The student's choices, offer ids best first, one to five. */
    record Ranking(List<String> offers) {
    }

    /** What the school says about an applicant. */
    record ApplicantMark(Boolean priority, Set<String> qualifications) {
    }

    /** What the host says about the applicants of one offer: a ranking (best first) and declines. */
    record HostPreferences(List<String> ranking, Set<String> declined) {
    }
}
