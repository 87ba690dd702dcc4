package vn.practicum.field.informationtechnology.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class SecurityDossierRulesTest {

    final SecurityDossierRules rules = new SecurityDossierRules();

    @ParameterizedTest
    @ValueSource(ints = {1, 2})
    void levelsOneAndTwo_needTheDescriptionAndTheJustificationOnly(int level) {
        assertThat(rules.problems(dossier(level, DossierSection.SYSTEM_DESCRIPTION, DossierSection.LEVEL_JUSTIFICATION), 5))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5})
    void levelThreeAndAbove_alsoNeedTheRiskAssessmentAndTheIncidentResponsePlan(int level) {
        List<LocalizedText> problems = rules.problems(
                dossier(level, DossierSection.SYSTEM_DESCRIPTION, DossierSection.LEVEL_JUSTIFICATION), 5);

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Hồ sơ thiếu cho cấp độ " + level
                    + ": đánh giá rủi ro an toàn thông tin, phương án ứng cứu sự cố");
            assertThat(problem.en()).isEqualTo("The dossier for level " + level
                    + " is missing: information-security risk assessment, incident-response plan");
        });
        assertThat(rules.problems(dossier(level, DossierSection.values()), 5)).isEmpty();
    }

    @Test
    void level3WithOnlyTheIncidentPlanMissing_namesJustThatSection() {
        assertThat(rules.problems(dossier(3, DossierSection.SYSTEM_DESCRIPTION, DossierSection.LEVEL_JUSTIFICATION,
                DossierSection.RISK_ASSESSMENT), 5))
                .extracting(LocalizedText::en).containsExactly("The dossier for level 3 is missing: incident-response plan");
    }

    @Test
    void blankSections_areMissing() {
        Map<DossierSection, String> sections = new EnumMap<>(DossierSection.class);
        sections.put(DossierSection.SYSTEM_DESCRIPTION, "  ");
        sections.put(DossierSection.LEVEL_JUSTIFICATION, "Phục vụ nội bộ");
        assertThat(rules.problems(new SecurityDossier("Cổng thông tin xã", 1, sections), 5))
                .extracting(LocalizedText::en).containsExactly("The dossier for level 1 is missing: system description");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 6, -1, 2.5, 100})
    void levelsOutsideOneToFive_orNotWhole_areRefused(double level) {
        List<LocalizedText> problems = rules.problems(new SecurityDossier("Cổng thông tin xã", level,
                sections(DossierSection.values())), 5);

        assertThat(problems).singleElement().extracting(LocalizedText::en).asString()
                .contains("must be a whole number from 1 to 5");
    }

    @Test
    void wholeLevelsOfEveryNumberType_areAccepted() {
        for (Number level : List.<Number>of(3, 3L, 3.0, (short) 3)) {
            assertThat(rules.problems(new SecurityDossier("Cổng thông tin xã", level, sections(DossierSection.values())), 5))
                    .as("level %s of %s", level, level.getClass().getSimpleName()).isEmpty();
        }
    }

    @Test
    void noLevelNoNameNoSections_listsEverything() {
        List<LocalizedText> problems = rules.problems(new SecurityDossier(null, null, Map.of()), 5);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "The system name is missing",
                "The proposed classification level (1–5) is missing",
                "The dossier is missing: system description, justification of the proposed level");
    }

    @Test
    void aLevelAboveWhatTheHostAllows_isRefused() {
        assertThat(rules.problems(dossier(4, DossierSection.values()), 3)).extracting(LocalizedText::en)
                .containsExactly("The proposed level 4 is above the highest level the host lets a student prepare a dossier for (3)");
        assertThat(rules.problems(dossier(3, DossierSection.values()), 3)).isEmpty();
    }

    @Test
    void aMaximumLevelOutsideOneToFive_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(dossier(1, DossierSection.values()), 6))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumClassificationLevel");
    }

    private static SecurityDossier dossier(int level, DossierSection... present) {
        return new SecurityDossier("Cổng dịch vụ công của UBND xã", level, sections(present));
    }

    private static Map<DossierSection, String> sections(DossierSection... present) {
        Map<DossierSection, String> sections = new EnumMap<>(DossierSection.class);
        for (DossierSection section : present) {
            sections.put(section, "Nội dung " + section.label().vi());
        }
        return sections;
    }
}
