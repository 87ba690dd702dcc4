package vn.practicum.field.digitaldata.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.practicum.engine.spi.LocalizedText;

class ArchiveAccessRulesTest {

    static final LocalDate WORK_STARTS = LocalDate.of(2026, 2, 1);
    static final DataClassification IMPORTANT = DataClassification.IMPORTANT_DATA;

    final ArchiveAccessRules rules = new ArchiveAccessRules();

    @Test
    void otherDataUnsupervised_withTheCommitmentSigned_isFine() {
        assertThat(rules.problems(access("OTHER_DATA", false, "2026-01-28"), IMPORTANT, WORK_STARTS)).isEmpty();
    }

    @Test
    void importantData_needsSupervision() {
        assertThat(rules.problems(access("IMPORTANT_DATA", true, "2026-01-28"), IMPORTANT, WORK_STARTS)).isEmpty();
        assertThat(rules.problems(access("IMPORTANT_DATA", false, "2026-01-28"), IMPORTANT, WORK_STARTS))
                .extracting(LocalizedText::en).containsExactly(
                        "Archive access: Important data may only be handled under the supervision of one of the host's archivists");
    }

    @Test
    void coreData_isAboveTheDefault_butAHostAllowingItNeedsSupervisionToo() {
        assertThat(rules.problems(access("CORE_DATA", true, "2026-01-28"), IMPORTANT, WORK_STARTS)).extracting(LocalizedText::en)
                .containsExactly("Archive access: Core data is above what the host lets a student handle (Important data)");
        assertThat(rules.problems(access("CORE_DATA", true, "2026-01-28"), DataClassification.CORE_DATA, WORK_STARTS)).isEmpty();
        assertThat(rules.problems(access("CORE_DATA", false, "2026-01-28"), DataClassification.CORE_DATA, WORK_STARTS))
                .singleElement().extracting(LocalizedText::en).asString().contains("supervision");
    }

    @Test
    void aHostAllowingOnlyOtherData_refusesImportantData() {
        assertThat(rules.problems(access("IMPORTANT_DATA", true, "2026-01-28"), DataClassification.OTHER_DATA, WORK_STARTS))
                .singleElement().extracting(LocalizedText::en).asString().contains("is above what the host lets a student handle");
    }

    @ParameterizedTest
    @EnumSource(value = DataClassification.class, names = {"OTHER_DATA", "IMPORTANT_DATA", "CORE_DATA"})
    void stateSecrets_areRefused_whateverTheHostAllows(DataClassification maximum) {
        assertThat(rules.problems(access("STATE_SECRET", true, "2026-01-28"), maximum, WORK_STARTS)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.vi()).contains("không được tiếp cận tài liệu chứa bí mật nhà nước");
                    assertThat(problem.en()).contains("may not handle records holding state secrets");
                });
    }

    @Test
    void allowingStateSecrets_isAModellingError() {
        assertThatThrownBy(() -> rules.problems(access("OTHER_DATA", false, "2026-01-28"), DataClassification.STATE_SECRET, WORK_STARTS))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maximumDataClassification");
    }

    @Test
    void theCommitmentSignedOnTheFirstDay_isInTime_aDayLaterIsNot() {
        assertThat(rules.problems(access("OTHER_DATA", false, "2026-02-01"), IMPORTANT, WORK_STARTS)).isEmpty();
        assertThat(rules.problems(access("OTHER_DATA", false, "2026-02-02"), IMPORTANT, WORK_STARTS)).extracting(LocalizedText::en)
                .containsExactly("Archive access: the confidentiality commitment was signed on 2026-02-02, after the placement starts on 2026-02-01");
    }

    @Test
    void noCommitment_noAccess() {
        ArchiveAccess unsigned = new ArchiveAccess("Phông UBND xã", "Hộp 1–5", "OTHER_DATA", false, false, null);
        assertThat(rules.problems(unsigned, IMPORTANT, WORK_STARTS)).extracting(LocalizedText::en).containsExactly(
                "Archive access: the student has not signed the confidentiality commitment: no access to records without it");
    }

    @Test
    void aMalformedSigningDate_isAProblemNamingTheFormat() {
        assertThat(rules.problems(access("OTHER_DATA", false, "28/01/2026"), IMPORTANT, WORK_STARTS)).singleElement()
                .extracting(LocalizedText::en).asString().contains("'28/01/2026'", "yyyy-MM-dd");
    }

    @Test
    void nothingEntered_listsEverything() {
        List<LocalizedText> problems = rules.problems(new ArchiveAccess(null, " ", null, null, null, null), IMPORTANT, WORK_STARTS);

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Archive access: the archive fonds or collection is missing",
                "Archive access: the scope of the work (series, boxes, systems) is missing",
                "Archive access: the highest data classification in scope is missing",
                "Archive access: the student has not signed the confidentiality commitment: no access to records without it");
    }

    @Test
    void anUnknownClassification_isRefused() {
        assertThat(rules.problems(access("TOP_SECRET", true, "2026-01-28"), IMPORTANT, WORK_STARTS)).extracting(LocalizedText::en)
                .containsExactly("Archive access: the classification 'TOP_SECRET' is not one we know");
    }

    private static ArchiveAccess access(String classification, boolean supervised, String signedOn) {
        return new ArchiveAccess("Phông lưu trữ UBND xã", "Hồ sơ địa chính 2010–2015", classification, supervised, true, signedOn);
    }
}
