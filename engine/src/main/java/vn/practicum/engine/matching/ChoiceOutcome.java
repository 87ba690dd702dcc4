package vn.practicum.engine.matching;

import java.util.Set;

/**
 * One of a student's choices and what became of it.
 *
 * @param rank                the student's rank of the offer, 1 for the first choice
 * @param offerId             the offer
 * @param status              placed here, or why not
 * @param missingRequirements what the student lacks, when {@link ChoiceStatus#REQUIREMENTS_NOT_MET}; else empty
 */
public record ChoiceOutcome(int rank, String offerId, ChoiceStatus status, Set<String> missingRequirements) {

    public ChoiceOutcome {
        missingRequirements = missingRequirements == null ? Set.of() : Set.copyOf(missingRequirements);
    }
}
