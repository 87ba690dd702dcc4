package vn.practicum.field.digitaldata.internal;

import java.util.List;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What the metadata QA shows.
 *
 * @param sampleProblems why the mentor's entry cannot be used (empty when it can): back to the mentor
 * @param errorRate      records in error per record checked, percent, two decimals (null when the entry cannot be used)
 * @param failure        why the batch fails QA (null when it passes, or the entry cannot be used): back to the student
 */
public record MetadataQaResult(List<LocalizedText> sampleProblems, Double errorRate, LocalizedText failure) {

    public MetadataQaResult {
        sampleProblems = List.copyOf(sampleProblems);
    }

    public boolean sampleUsable() {
        return sampleProblems.isEmpty();
    }

    public boolean passed() {
        return sampleUsable() && failure == null;
    }
}
