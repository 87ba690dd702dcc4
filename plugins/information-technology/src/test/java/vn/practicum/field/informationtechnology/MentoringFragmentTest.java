package vn.practicum.field.informationtechnology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.CONFIRM_DELIVERED_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.HOST;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.MENTOR;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.MENTORING_BPMN;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.PREPARE_DOSSIER_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyTestEngine.REVIEW_DOSSIER_FORM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DELIVERED_ON;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DELIVERY_REFERENCE;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_APPROVED;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_PROBLEM;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.DOSSIER_REVIEW_COMMENT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.INCIDENT_RESPONSE_PLAN;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.LEVEL_JUSTIFICATION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.PROPOSED_CLASSIFICATION_LEVEL;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.RISK_ASSESSMENT;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_DESCRIPTION;
import static vn.practicum.field.informationtechnology.InformationTechnologyVariables.SYSTEM_NAME;

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

/** {@code information-technology-mentoring}: security dossier by classification level, review, delivery. */
@Deployment(resources = {MENTORING_BPMN, PREPARE_DOSSIER_FORM, REVIEW_DOSSIER_FORM, CONFIRM_DELIVERED_FORM})
class MentoringFragmentTest {

    static final String PROCESS = "information-technology-mentoring";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(InformationTechnologyTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void completeLevel2Dossier_approved_thenSystemDelivered() {
        // given
        ProcessInstance instance = start("st-it-m01");
        assertThat(instance).isWaitingAt("Task_PrepareSecurityDossier");
        assertThat(task(instance)).isAssignedTo("st-it-m01");

        // when
        complete(task(instance), dossier(2));

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckSecurityDossier").isWaitingAt("Task_ReviewSecurityDossier");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(InformationTechnologyTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), review(true, "Hồ sơ đạt yêu cầu"));

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmSystemDelivered");
        assertThat(task(instance)).isAssignedTo(MENTOR);
        assertThat(InformationTechnologyTestEngine.candidateGroups(engine, task(instance)))
                .containsExactly(Groups.businessMentors(HOST));

        // when
        complete(task(instance), delivered());

        // then
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    @Test
    void level3DossierWithoutRiskAssessmentAndIncidentPlan_isSentBack_thenCompleted() {
        // given: a level-3 dossier with only what levels 1 and 2 need
        ProcessInstance instance = start("st-it-m02");
        Map<String, Object> dossier = dossier(2);
        PROPOSED_CLASSIFICATION_LEVEL.putIn(dossier, 3);

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DossierIncomplete").isWaitingAt("Task_PrepareSecurityDossier");
        assertThat(dossierProblem(instance))
                .contains("cấp độ 3", "đánh giá rủi ro an toàn thông tin", "phương án ứng cứu sự cố")
                .contains("level 3", "information-security risk assessment", "incident-response plan")
                .doesNotContain("system description");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when
        complete(task(instance), dossier(3));

        // then
        assertThat(instance).isWaitingAt("Task_ReviewSecurityDossier");
        assertThat(instance).variables().doesNotContainKey(DOSSIER_PROBLEM.name());
    }

    @Test
    void levelOutsideOneToFive_isSentBack() {
        // given
        ProcessInstance instance = start("st-it-m03");
        Map<String, Object> dossier = dossier(3);
        PROPOSED_CLASSIFICATION_LEVEL.putIn(dossier, 6);

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_DossierIncomplete").isWaitingAt("Task_PrepareSecurityDossier");
        assertThat(dossierProblem(instance)).contains("từ 1 đến 5", "from 1 to 5");
    }

    @Test
    void dossierRejectedByTheMentor_goesBackToTheStudent_thenApproved() {
        // given
        ProcessInstance instance = start("st-it-m04");
        complete(task(instance), dossier(1));

        // when
        complete(task(instance), review(false, "Cần làm rõ các kết nối Internet của hệ thống"));

        // then
        assertThat(instance).isWaitingAt("Task_PrepareSecurityDossier");
        assertThat(task(instance)).isAssignedTo("st-it-m04");
        assertThat(instance).variables()
                .containsEntry(DOSSIER_REVIEW_COMMENT.name(), "Cần làm rõ các kết nối Internet của hệ thống");

        // when
        complete(task(instance), dossier(2));
        assertThat(instance).isWaitingAt("Task_ReviewSecurityDossier");
        complete(task(instance), review(true, "Đạt"));

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmSystemDelivered");
        complete(task(instance), delivered());
        assertThat(instance).hasPassed("EndEvent_FieldMilestonesDone").isEnded();
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId,
                InformationTechnologyTestEngine.fragmentVariables(studentId));
    }

    /** A dossier complete for the given level. */
    static Map<String, Object> dossier(int level) {
        Map<String, Object> variables = new HashMap<>();
        SYSTEM_NAME.putIn(variables, "Cổng dịch vụ công của UBND xã");
        PROPOSED_CLASSIFICATION_LEVEL.putIn(variables, level);
        SYSTEM_DESCRIPTION.putIn(variables, "Trang thông tin điện tử và một cửa điện tử, 12 cán bộ sử dụng");
        LEVEL_JUSTIFICATION.putIn(variables, "Hệ thống phục vụ hoạt động nội bộ và cung cấp dịch vụ công trực tuyến");
        if (level >= 3) {
            RISK_ASSESSMENT.putIn(variables, "Rủi ro lộ dữ liệu cá nhân của người dân khi đăng ký VNeID");
            INCIDENT_RESPONSE_PLAN.putIn(variables, "Cô lập máy chủ, báo cáo đội ứng cứu sự cố của tỉnh trong 24 giờ");
        }
        return variables;
    }

    static Map<String, Object> review(boolean approved, String comment) {
        Map<String, Object> variables = new HashMap<>();
        DOSSIER_APPROVED.putIn(variables, approved);
        DOSSIER_REVIEW_COMMENT.putIn(variables, comment);
        return variables;
    }

    static Map<String, Object> delivered() {
        Map<String, Object> variables = new HashMap<>();
        DELIVERY_REFERENCE.putIn(variables, "https://git.example.vn/ubnd-ha-long/cong-dvc/releases/v1.0");
        DELIVERED_ON.putIn(variables, "2026-04-20");
        return variables;
    }

    private String dossierProblem(ProcessInstance instance) {
        return DOSSIER_PROBLEM.type().cast(engine.getRuntimeService().getVariable(instance.getId(), DOSSIER_PROBLEM.name()));
    }
}
