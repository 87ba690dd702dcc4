package vn.practicum.engine.privacy;

import java.time.Instant;

/**
 * What an erasure did.
 *
 * @param pseudonym              the id the student's statistics rows carry from now on
 * @param withdrawn              whether the student's practicum was running and was withdrawn first
 * @param processInstancesErased how many process instances (runtime and history, with their called processes)
 *                               were removed
 * @param erasedAt               when
 */
public record ErasureResult(String pseudonym, boolean withdrawn, int processInstancesErased, Instant erasedAt) {
}
