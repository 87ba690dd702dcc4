package vn.practicum.field.fintech.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * The AML/KYC training attestation as the student typed it: nothing is parsed yet, so that every problem can
 * be reported.
 *
 * @param number        the attestation's number, such as {@code AML-2026-0042}
 * @param provider      who trained the student
 * @param completedOn   the day the training was completed, {@code yyyy-MM-dd}
 * @param validUntil    the last day the attestation is valid, {@code yyyy-MM-dd}
 * @param coveredTopics the topics the student ticked as covered
 * @param testScore     the final test's score, 0 to 100 (null if not given)
 */
public record AmlTrainingAttestation(String number, String provider, String completedOn, String validUntil,
                                     Set<AmlTrainingTopic> coveredTopics, Number testScore) {

    public AmlTrainingAttestation {
        coveredTopics = coveredTopics.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(coveredTopics));
    }
}
