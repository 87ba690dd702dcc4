package vn.practicum.field.tourism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.tourism.TourismTestEngine.DEFINE_TOUR_ASSIGNMENT_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.HOST;
import static vn.practicum.field.tourism.TourismTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.tourism.TourismTestEngine.PLACEMENT_START;
import static vn.practicum.field.tourism.TourismTestEngine.RECORD_SAFETY_BRIEFING_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.SUBMIT_GUIDE_CREDENTIALS_FORM;
import static vn.practicum.field.tourism.TourismTestEngine.incidents;
import static vn.practicum.field.tourism.TourismTestEngine.variable;
import static vn.practicum.field.tourism.TourismVariables.EMERGENCY_HOTLINE;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_KIND;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CREDENTIAL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_ISSUER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_PROBLEM;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_HELD;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_ON;
import static vn.practicum.field.tourism.TourismVariables.SAFETY_BRIEFING_TOPICS;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_ISSUED_ON;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.TOUR_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.TOUR_PROGRAMME;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;

/** {@code tourism-placement}: tours assigned, guide card or shadowing letter, language before international tours, safety briefing. */
@Deployment(resources = {PLACEMENT_BPMN, DEFINE_TOUR_ASSIGNMENT_FORM, SUBMIT_GUIDE_CREDENTIALS_FORM, RECORD_SAFETY_BRIEFING_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "tourism-placement";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(TourismTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void internationalTours_shadowingACardedInternationalGuide_withB2English_thenBriefed_passes() {
        // given
        ProcessInstance instance = start("st-tour-001");
        assertThat(instance).isWaitingAt("Task_DefineTourAssignment");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));

        // when
        complete(task(instance), tours("INTERNATIONAL", "en"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitGuideCredentials");
        assertThat(task(instance)).isAssignedTo("st-tour-001");

        // when
        complete(task(instance), shadowingWithLanguage("B2"));

        // then
        assertThat(instance).hasPassed("ServiceTask_VerifyGuideCard", "ServiceTask_CheckLanguageLevel", "Gateway_CredentialsChecked")
                .hasNotPassed("BoundaryEvent_GuideCardInvalid", "BoundaryEvent_LanguageLevelInsufficient")
                .isWaitingAt("Task_RecordSafetyBriefing");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKeys(GUIDE_CARD_PROBLEM.name(), LANGUAGE_PROBLEM.name());

        // when
        complete(task(instance), briefing(true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void domesticTours_withTheStudentsOwnDomesticCard_needNoLanguageCheck() {
        // given
        ProcessInstance instance = start("st-tour-002");
        complete(task(instance), tours("DOMESTIC", null));

        // when
        complete(task(instance), ownCard("DOMESTIC", "2027-06-30"));

        // then
        assertThat(instance).hasPassed("Gateway_InternationalTours", "Gateway_CredentialsChecked").hasNotPassed("ServiceTask_CheckLanguageLevel")
                .isWaitingAt("Task_RecordSafetyBriefing");

        // when
        complete(task(instance), briefing(true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void onSiteGuiding_withAnOnSiteCard_thatHasNoTerm_passes() {
        // given
        ProcessInstance instance = start("st-tour-003");
        complete(task(instance), tours("ON_SITE", null));

        // when: an on-site card shows no valid-until date
        complete(task(instance), ownCard("ON_SITE", null));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSafetyBriefing");
    }

    @Test
    void cardExpiredTheDayBeforeThePlacement_sendsTheStudentBack_andOnceRenewedProceeds() {
        // given
        ProcessInstance instance = start("st-tour-004");
        complete(task(instance), tours("DOMESTIC", null));

        // when
        complete(task(instance), ownCard("DOMESTIC", PLACEMENT_START.minusDays(1).toString()));

        // then
        assertThat(instance).hasPassed("BoundaryEvent_GuideCardInvalid").isWaitingAt("Task_SubmitGuideCredentials");
        assertThat(task(instance)).isAssignedTo("st-tour-004");
        assertThat(variable(engine, instance, GUIDE_CARD_PROBLEM))
                .isEqualTo("Thẻ hướng dẫn viên của sinh viên: thẻ đã hết hạn ngày 2026-01-31, trước ngày bắt đầu thực tập 2026-02-01"
                        + " / The student's tour-guide card: the card expired on 2026-01-31, before the placement starts on 2026-02-01");
        assertThat(incidents(engine, instance)).isZero();

        // when: valid until the placement's first day is enough
        complete(task(instance), ownCard("DOMESTIC", PLACEMENT_START.toString()));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSafetyBriefing");
        assertThat(instance).variables().doesNotContainKey(GUIDE_CARD_PROBLEM.name());
    }

    @Test
    void shadowingAGuideWithOnlyADomesticCard_isRefusedForInternationalTours() {
        // given
        ProcessInstance instance = start("st-tour-005");
        complete(task(instance), tours("INTERNATIONAL", "en"));
        Map<String, Object> credentials = shadowingWithLanguage("C1");
        GUIDE_CARD_KIND.putIn(credentials, "DOMESTIC");

        // when
        complete(task(instance), credentials);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_GuideCardInvalid").hasNotPassed("ServiceTask_CheckLanguageLevel")
                .isWaitingAt("Task_SubmitGuideCredentials");
        assertThat(variable(engine, instance, GUIDE_CARD_PROBLEM)).contains(
                "Thẻ của hướng dẫn viên kèm cặp: thẻ hướng dẫn viên du lịch nội địa không được hướng dẫn tour cho khách du lịch quốc tế",
                "a domestic tour-guide card does not cover tours for international tourists (Law on Tourism 2017, Art. 58)");
    }

    @Test
    void malformedDates_areProblemsForTheStudent_notIncidents() {
        // given
        ProcessInstance instance = start("st-tour-006");
        complete(task(instance), tours("INTERNATIONAL", "en"));
        Map<String, Object> credentials = shadowingWithLanguage("B2");
        GUIDE_CARD_VALID_UNTIL.putIn(credentials, "30/06/2027");
        SHADOWING_LETTER_ISSUED_ON.putIn(credentials, "2026-02-30");

        // when
        complete(task(instance), credentials);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_GuideCardInvalid").isWaitingAt("Task_SubmitGuideCredentials");
        assertThat(variable(engine, instance, GUIDE_CARD_PROBLEM).lines()).hasSize(2)
                .anySatisfy(line -> assertThat(line).contains("'30/06/2027'", "yyyy-MM-dd"))
                .anySatisfy(line -> assertThat(line).contains("'2026-02-30'", "not a valid date"));
        assertThat(incidents(engine, instance)).isZero();
    }

    @Test
    void b1English_goesBackToTheHost_whoAssignsDomesticTours_andThePlacementProceedsWithoutTheLanguageCheck() {
        // given
        ProcessInstance instance = start("st-tour-007");
        complete(task(instance), tours("INTERNATIONAL", "en"));

        // when
        complete(task(instance), shadowingWithLanguage("B1"));

        // then: the host decides again, with the problem
        assertThat(instance).hasPassed("BoundaryEvent_LanguageLevelInsufficient").isWaitingAt("Task_DefineTourAssignment");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(variable(engine, instance, LANGUAGE_PROBLEM))
                .contains("trình độ B1 (bậc 3/6) thấp hơn mức tối thiểu B2", "level B1 is below the B2 needed to guide international tourists");
        assertThat(incidents(engine, instance)).isZero();

        // when: domestic tours, the same credentials
        complete(task(instance), tours("DOMESTIC", null));
        complete(task(instance), shadowingWithLanguage("B1"));

        // then: the default flow, which also clears the language problem
        assertThat(instance).isWaitingAt("Task_RecordSafetyBriefing");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .activityId("ServiceTask_CheckLanguageLevel").count()).isEqualTo(1);
        assertThat(instance).variables().doesNotContainKey(LANGUAGE_PROBLEM.name());
    }

    @Test
    void b1English_hostKeepsInternationalTours_studentProvesC1_andProceeds() {
        // given
        ProcessInstance instance = start("st-tour-008");
        complete(task(instance), tours("INTERNATIONAL", "en"));
        complete(task(instance), shadowingWithLanguage("B1"));
        assertThat(instance).isWaitingAt("Task_DefineTourAssignment");

        // when
        complete(task(instance), tours("INTERNATIONAL", "en"));

        // then: the student sees why
        assertThat(instance).isWaitingAt("Task_SubmitGuideCredentials");
        assertThat(variable(engine, instance, LANGUAGE_PROBLEM)).contains("B1");

        // when
        complete(task(instance), shadowingWithLanguage("C1"));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSafetyBriefing");
        assertThat(instance).variables().doesNotContainKey(LANGUAGE_PROBLEM.name());
    }

    @Test
    void aCertificateInAnotherLanguageThanTheTours_isNotEnough() {
        // given: tours in French, an English certificate
        ProcessInstance instance = start("st-tour-009");
        complete(task(instance), tours("INTERNATIONAL", "fr"));

        // when
        complete(task(instance), shadowingWithLanguage("C2"));

        // then
        assertThat(instance).isWaitingAt("Task_DefineTourAssignment");
        assertThat(variable(engine, instance, LANGUAGE_PROBLEM))
                .contains("the certificate is in English but the tours are guided in French");
    }

    @Test
    void briefingNotYetHeld_keepsTheTaskWithTheHost() {
        // given
        ProcessInstance instance = start("st-tour-010");
        complete(task(instance), tours("DOMESTIC", null));
        complete(task(instance), ownCard("INTERNATIONAL", "2028-12-31"));

        // when
        complete(task(instance), briefing(false));

        // then
        assertThat(instance).isWaitingAt("Task_RecordSafetyBriefing").hasNotPassed("EndEvent_FieldChecksPassed");

        // when
        complete(task(instance), briefing(true));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-tour-011");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-tour-011").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_DefineTourAssignment");
        assertThat(stage.fieldKey()).isEqualTo(TourismField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, TourismTestEngine.fragmentVariables(studentId));
    }

    static Map<String, Object> tours(String scope, String language) {
        Map<String, Object> variables = new HashMap<>();
        TOUR_SCOPE.putIn(variables, scope);
        if (language != null) {
            TOUR_LANGUAGE.putIn(variables, language);
        }
        TOUR_PROGRAMME.putIn(variables, "City tour Sài Gòn – Củ Chi, đoàn 20 khách");
        return variables;
    }

    static Map<String, Object> ownCard(String kind, String validUntil) {
        Map<String, Object> variables = new HashMap<>();
        GUIDE_CREDENTIAL.putIn(variables, "OWN_CARD");
        GUIDE_CARD_KIND.putIn(variables, kind);
        GUIDE_CARD_NUMBER.putIn(variables, "279123456");
        if (validUntil != null) {
            GUIDE_CARD_VALID_UNTIL.putIn(variables, validUntil);
        }
        return variables;
    }

    /** A shadowing letter from a guide with an international card, and an English certificate of this level. */
    static Map<String, Object> shadowingWithLanguage(String level) {
        Map<String, Object> variables = new HashMap<>();
        GUIDE_CREDENTIAL.putIn(variables, "SHADOWING_LETTER");
        GUIDE_CARD_KIND.putIn(variables, "INTERNATIONAL");
        GUIDE_CARD_NUMBER.putIn(variables, "179012345");
        GUIDE_CARD_VALID_UNTIL.putIn(variables, "2028-05-31");
        SHADOWING_LETTER_NUMBER.putIn(variables, "15/2026/QĐ-STR");
        SHADOWING_LETTER_ISSUED_ON.putIn(variables, "2026-01-20");
        LANGUAGE_CERTIFICATE_LANGUAGE.putIn(variables, "en");
        LANGUAGE_LEVEL.putIn(variables, level);
        LANGUAGE_CERTIFICATE_NUMBER.putIn(variables, "VSTEP-2025-08812");
        LANGUAGE_CERTIFICATE_ISSUER.putIn(variables, "Trường Đại học Sư phạm TP.HCM");
        LANGUAGE_CERTIFICATE_VALID_UNTIL.putIn(variables, "2027-09-30");
        return variables;
    }

    static Map<String, Object> briefing(boolean held) {
        Map<String, Object> variables = new HashMap<>();
        SAFETY_BRIEFING_HELD.putIn(variables, held);
        SAFETY_BRIEFING_ON.putIn(variables, "2026-01-29");
        SAFETY_BRIEFING_TOPICS.putIn(variables, "An toàn giao thông khi đưa đoàn, sơ cứu say nắng, quy trình báo sự cố");
        EMERGENCY_HOTLINE.putIn(variables, "+84 28 3829 5000");
        return variables;
    }
}
