package vn.practicum.engine.matching;

import java.nio.charset.StandardCharsets;

/**
 * The round's lottery: one number per student, the same at every offer (single tie-breaking), from the round's
 * published seed and the student id. It orders applicants a host did not rank within the priority and
 * non-priority groups, so that no student is favoured by how their code happens to sort.
 *
 * <p>The function is fixed (FNV-1a over the id's UTF-8 bytes, mixed with the seed by SplitMix64's finaliser) and
 * must never change: a round closed again with the same input and seed gives the same numbers on any JVM.
 */
public final class Lottery {

    private Lottery() {
    }

    public static long number(long seed, String studentId) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : studentId.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        long z = hash ^ (seed + 0x9e3779b97f4a7c15L);
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
