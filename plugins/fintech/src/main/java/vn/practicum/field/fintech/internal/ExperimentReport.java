package vn.practicum.field.fintech.internal;

import java.util.Map;

/**
 * The sandbox experiment report as the student entered it.
 *
 * @param title      the experiment's title
 * @param dataset    the data it used: {@code SYNTHETIC} or {@code MASKED} (as typed)
 * @param sections   the text of each section; a missing key or blank text is a missing section
 * @param reportLink where the full report or code lives (optional), an https link
 */
public record ExperimentReport(String title, String dataset, Map<ExperimentSection, String> sections, String reportLink) {

    public ExperimentReport {
        sections = Map.copyOf(sections);
    }

    public boolean has(ExperimentSection section) {
        String text = sections.get(section);
        return text != null && !text.isBlank();
    }
}
