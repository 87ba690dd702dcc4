package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.field.GenericField;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;
import vn.practicum.engine.schedule.PracticumSchedule;
import vn.practicum.engine.spi.Rubric;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.processes.CoreProcesses.Assessment;
import vn.practicum.processes.CoreProcesses.Enrolment;
import vn.practicum.processes.CoreProcesses.Generic;
import vn.practicum.processes.CoreProcesses.Mentoring;
import vn.practicum.processes.CoreProcesses.Placement;
import vn.practicum.processes.CoreProcesses.Variables;

/**
 * Engine without field plugins (every field runs the generic fragments), the core bundle deployed the way the
 * application deploys it, and the steps the parties take, named after what they do.
 *
 * <p>Each test class registers its own {@link ProcessEngineExtension} on this engine: one extension instance
 * shared by several classes loses its services after the first class ({@code afterAll} clears them).
 */
abstract class CoreProcessTest {

    /** The extension each test class registers: the engine with no field plugins. */
    static ProcessEngineExtension engineExtension() {
        return ProcessEngineExtension.builder().useProcessEngine(PracticumTestEngine.withFields()).build();
    }

    static final String SCHOOL = "hust";
    static final String TOURISM = "tourism";
    static final String COORDINATOR = "coord.hust";
    static final String HR_OFFICER = "hr.halong";
    static final String HOST = "halong-travel";
    static final String MENTOR = "mentor.halong";
    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    ProcessEngine engine;
    RuntimeService runtimeService;
    TaskService taskService;
    ManagementService managementService;
    HistoryService historyService;
    IdentityService identityService;

    @BeforeEach
    void deployCoreBundle() {
        engine = PracticumTestEngine.withFields();
        BpmnAwareTests.init(engine);
        runtimeService = engine.getRuntimeService();
        taskService = engine.getTaskService();
        managementService = engine.getManagementService();
        historyService = engine.getHistoryService();
        identityService = engine.getIdentityService();
        new BundleDeployer(engine.getRepositoryService(), getClass().getClassLoader()).deploy(CoreProcesses.bundle());
    }

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    // ------------------------------------------------------------------ variables

    static Vars vars() {
        return new Vars();
    }

    /** Typed process variables for starting processes and completing tasks. */
    static final class Vars {
        private final Map<String, Object> map = new HashMap<>();

        <T> Vars with(ProcessVariable<T> variable, T value) {
            variable.putIn(map, value);
            return this;
        }

        Map<String, Object> map() {
            return map;
        }
    }

    /** What PracticumLifecycle.start sets, for an eligible student, with the default calendar but fewer logbooks. */
    static Vars practicumStart(String studentId, String fieldKey, int logbookCount) {
        PracticumSchedule defaults = PracticumSchedule.defaults();
        PracticumSchedule schedule = new PracticumSchedule(logbookCount, defaults.logbookInterval(),
                defaults.taskDueAfter(), defaults.reminderAfter(), defaults.escalationAfter(), defaults.midtermAfter());
        int year = LocalDate.now().getYear() + 1;
        return vars()
                .with(PracticumVariables.STUDENT_ID, studentId)
                .with(PracticumVariables.SCHOOL_CODE, SCHOOL)
                .with(PracticumVariables.FIELD_KEY, fieldKey)
                .with(PracticumVariables.SUPERVISOR_ID, "sup." + SCHOOL)
                .with(PracticumVariables.CREDITS_EARNED, 120)
                .with(PracticumVariables.PREREQUISITES_PASSED, true)
                .with(PracticumVariables.PLACEMENT_START, date(LocalDate.of(year, 2, 1)))
                .with(PracticumVariables.PLACEMENT_END, date(LocalDate.of(year, 4, 30)))
                .with(PracticumVariables.LOGBOOK_COUNT, schedule.logbookCount())
                .with(PracticumVariables.LOGBOOK_INTERVAL, schedule.logbookInterval())
                .with(PracticumVariables.TASK_DUE_AFTER, schedule.taskDueAfter())
                .with(PracticumVariables.REMINDER_AFTER, schedule.reminderAfter())
                .with(PracticumVariables.ESCALATION_AFTER, schedule.escalationAfter())
                .with(PracticumVariables.MIDTERM_AFTER, schedule.midtermAfter());
    }

    /** A student who has been placed: the start variables plus host and mentor. */
    static Vars placedStudent(String studentId, int logbookCount) {
        return practicumStart(studentId, TOURISM, logbookCount)
                .with(PracticumVariables.ENROLMENT_OUTCOME, "ENROLLED")
                .with(PracticumVariables.HOST_CODE, HOST)
                .with(PracticumVariables.MENTOR_ID, MENTOR)
                .with(PracticumVariables.PLACEMENT_OUTCOME, "PLACED");
    }

    static Date date(LocalDate day) {
        return Date.from(day.atStartOfDay(VIETNAM).toInstant());
    }

    ProcessInstance start(String processKey, String studentId, Vars variables) {
        return runtimeService.startProcessInstanceByKey(processKey, studentId, variables.map());
    }

    // ------------------------------------------------------------------ finding things by student

    /** The one open task of this step, in whichever process instance of the student it is. */
    Task task(String studentId, String taskDefinitionKey) {
        Task task = taskService.createTaskQuery()
                .processInstanceBusinessKey(studentId)
                .taskDefinitionKey(taskDefinitionKey)
                .singleResult();
        assertThat(task).as("open task %s of %s", taskDefinitionKey, studentId).isNotNull();
        return task;
    }

    List<String> openTasks(String studentId) {
        return taskService.createTaskQuery().processInstanceBusinessKey(studentId).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    /** The running instance of this process for the student. */
    ProcessInstance instance(String studentId, String processKey) {
        ProcessInstance instance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(studentId)
                .processDefinitionKey(processKey)
                .singleResult();
        assertThat(instance).as("running %s of %s", processKey, studentId).isNotNull();
        return instance;
    }

    List<HistoricProcessInstance> history(String studentId, String processKey) {
        return historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(studentId)
                .processDefinitionKey(processKey)
                .orderByProcessInstanceStartTime().asc()
                .list();
    }

    /** The job waiting at this activity in one of the student's process instances. */
    Job job(String studentId, String activityId) {
        Set<String> instances = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(studentId).list()
                .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        List<Job> jobs = managementService.createJobQuery().activityId(activityId).list().stream()
                .filter(job -> instances.contains(job.getProcessInstanceId()))
                .toList();
        assertThat(jobs).as("jobs at %s of %s", activityId, studentId).hasSize(1);
        return jobs.get(0);
    }

    void execute(Job job) {
        managementService.executeJob(job.getId());
    }

    // ------------------------------------------------------------------ what the parties do

    void complete(String studentId, String taskDefinitionKey, Vars variables) {
        taskService.complete(task(studentId, taskDefinitionKey).getId(), variables.map());
    }

    /** Completes a task as a signed-in user, as the Tasklist does. */
    void completeAs(String userId, String studentId, String taskDefinitionKey, Vars variables) {
        identityService.setAuthenticatedUserId(userId);
        try {
            complete(studentId, taskDefinitionKey, variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    void approveEnrolment(String studentId, boolean approved) {
        completeAs(COORDINATOR, studentId, Enrolment.APPROVE_ENROLMENT,
                vars().with(PracticumVariables.ENROLMENT_APPROVED, approved));
    }

    void recordConsent(String studentId, boolean given) {
        complete(studentId, Enrolment.RECORD_CONSENT, vars().with(PracticumVariables.CONSENT_GIVEN, given));
    }

    void enrol(String studentId) {
        approveEnrolment(studentId, true);
        recordConsent(studentId, true);
    }

    void submitPreferences(String studentId) {
        complete(studentId, Placement.SUBMIT_PREFERENCES,
                vars().with(PracticumVariables.PREFERRED_HOSTS, HOST + ", vietravel"));
    }

    void proposeHost(String studentId, String hostCode) {
        completeAs(COORDINATOR, studentId, Placement.PROPOSE_HOST, vars()
                .with(PracticumVariables.PLACEMENT_POSSIBLE, true)
                .with(PracticumVariables.HOST_CODE, hostCode));
    }

    void noPlacementPossible(String studentId) {
        completeAs(COORDINATOR, studentId, Placement.PROPOSE_HOST, vars().with(PracticumVariables.PLACEMENT_POSSIBLE, false));
    }

    void hostDecides(String studentId, String decision) {
        completeAs(HR_OFFICER, studentId, Placement.REVIEW_CANDIDATE, vars().with(PracticumVariables.HOST_DECISION, decision));
    }

    void answerOffer(String studentId, boolean accepted) {
        complete(studentId, Placement.ACCEPT_OFFER, vars().with(PracticumVariables.OFFER_ACCEPTED, accepted));
    }

    void signAgreement(String studentId) {
        String today = LocalDate.now(VIETNAM).toString();
        complete(studentId, Placement.SIGN_AGREEMENT_STUDENT, vars()
                .with(Variables.AGREEMENT_SIGNED_BY_STUDENT, true).with(Variables.STUDENT_SIGNED_ON, today));
        completeAs(HR_OFFICER, studentId, Placement.SIGN_AGREEMENT_HOST, vars()
                .with(Variables.AGREEMENT_SIGNED_BY_HOST, true).with(Variables.HOST_SIGNED_ON, today));
        completeAs(COORDINATOR, studentId, Placement.SIGN_AGREEMENT_SCHOOL, vars()
                .with(Variables.AGREEMENT_NUMBER, "HTLV/2027/001")
                .with(Variables.AGREEMENT_SIGNED_BY_SCHOOL, true).with(Variables.SCHOOL_SIGNED_ON, today));
    }

    void submitFieldDocuments(String studentId) {
        complete(studentId, Generic.SUBMIT_FIELD_DOCUMENTS, vars()
                .with(Variables.FIELD_DOCUMENTS_DESCRIPTION, "Thẻ hướng dẫn viên tập sự số 123, cấp bởi Sở Du lịch")
                .with(Variables.FIELD_DOCUMENTS_LINK, "https://docs.hust.edu.vn/st/123"));
    }

    void verifyFieldDocuments(String studentId, boolean verified) {
        completeAs(COORDINATOR, studentId, Generic.VERIFY_FIELD_DOCUMENTS, vars()
                .with(Variables.FIELD_DOCUMENTS_VERIFIED, verified)
                .with(Variables.FIELD_DOCUMENTS_COMMENT, verified ? "Hợp lệ" : "Thiếu chứng nhận sơ cứu"));
    }

    void assignMentor(String studentId) {
        completeAs(HR_OFFICER, studentId, Placement.ASSIGN_MENTOR, vars().with(PracticumVariables.MENTOR_ID, MENTOR));
    }

    /** From the preferences to the mentor, with the first host accepting. */
    void place(String studentId) {
        submitPreferences(studentId);
        proposeHost(studentId, HOST);
        hostDecides(studentId, "ACCEPT");
        answerOffer(studentId, true);
        signAgreement(studentId);
        submitFieldDocuments(studentId);
        verifyFieldDocuments(studentId, true);
        assignMentor(studentId);
    }

    void submitLogbook(String studentId) {
        complete(studentId, Mentoring.SUBMIT_LOGBOOK, vars()
                .with(Variables.LOGBOOK_TEXT, "Tuần này em hướng dẫn đoàn khách tham quan vịnh Hạ Long dưới sự giám sát.")
                .with(Variables.LOGBOOK_HOURS, 40));
    }

    void reviewLogbook(String studentId, boolean accepted) {
        complete(studentId, Mentoring.REVIEW_LOGBOOK, vars()
                .with(PracticumVariables.LOGBOOK_ACCEPTED, accepted)
                .with(Variables.LOGBOOK_FEEDBACK, accepted ? "Tốt" : "Cần mô tả rõ hơn công việc"));
    }

    /** One logbook period: the timer fires, the student submits, the mentor accepts. */
    void logbookPeriod(String studentId) {
        execute(job(studentId, Mentoring.LOGBOOK_DUE));
        submitLogbook(studentId);
        reviewLogbook(studentId, true);
    }

    void midtermAndSiteVisit(String studentId) {
        execute(job(studentId, Mentoring.MIDTERM_DUE));
        complete(studentId, Mentoring.MIDTERM_EVALUATION, vars()
                .with(Variables.MIDTERM_SCORE, 8.0).with(Variables.MIDTERM_COMMENT, "Chủ động, cần cải thiện tiếng Anh"));
        complete(studentId, Mentoring.SITE_VISIT, vars()
                .with(Variables.SITE_VISIT_DATE, LocalDate.now(VIETNAM).toString())
                .with(Variables.SITE_VISIT_REPORT, "Sinh viên được giao việc phù hợp, có người hướng dẫn trực tiếp."));
    }

    void reportFieldMilestone(String studentId) {
        complete(studentId, Generic.REPORT_FIELD_MILESTONE,
                vars().with(Variables.FIELD_MILESTONE_REPORT, "Dẫn một tour Hạ Long - Cát Bà, có phản hồi của khách."));
    }

    void confirmFieldMilestone(String studentId, boolean confirmed) {
        complete(studentId, Generic.CONFIRM_FIELD_MILESTONE, vars()
                .with(Variables.FIELD_MILESTONE_CONFIRMED, confirmed)
                .with(Variables.FIELD_MILESTONE_COMMENT, confirmed ? "Đạt" : "Cần thêm phản hồi của khách"));
    }

    void mentor(String studentId, int logbooks) {
        for (int i = 0; i < logbooks; i++) {
            logbookPeriod(studentId);
        }
        midtermAndSiteVisit(studentId);
        reportFieldMilestone(studentId);
        confirmFieldMilestone(studentId, true);
    }

    /** The variable of a criterion of the generic rubric: {@code score_<key>}. */
    static ProcessVariable<Double> score(String criterionKey) {
        return GenericField.RUBRIC.criteria().stream()
                .filter(criterion -> criterion.key().equals(criterionKey))
                .map(criterion -> ProcessVariable.of(criterion.variableName(), Double.class))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No criterion " + criterionKey + " in the generic rubric"));
    }

    /** The mentor's generic rubric, every criterion with the same score. */
    void finalEvaluation(String studentId, double score) {
        Vars scores = vars().with(Variables.FINAL_EVALUATION_COMMENT, "Nhận xét cuối kỳ");
        for (Rubric.Criterion criterion : GenericField.RUBRIC.criteria()) {
            scores.with(score(criterion.key()), score);
        }
        complete(studentId, Generic.FINAL_EVALUATION, scores);
    }

    void submitFinalReport(String studentId) {
        complete(studentId, Assessment.SUBMIT_FINAL_REPORT, vars()
                .with(Variables.FINAL_REPORT_TITLE, "Báo cáo thực tập hướng dẫn du lịch")
                .with(Variables.FINAL_REPORT_LINK, "https://docs.hust.edu.vn/reports/" + studentId)
                .with(Variables.FINAL_REPORT_SUMMARY, "Tóm tắt quá trình thực tập tại đơn vị lữ hành và bài học rút ra."));
    }

    void gradeReport(String studentId, double reportScore) {
        complete(studentId, Assessment.GRADE_REPORT, vars().with(PracticumVariables.REPORT_SCORE, reportScore));
    }

    void recognizeCredits(String studentId, int credits) {
        completeAs(COORDINATOR, studentId, Assessment.RECOGNIZE_CREDITS,
                vars().with(PracticumVariables.CREDITS_RECOGNISED, credits));
    }

    static String coordinators() {
        return Groups.schoolCoordinators(SCHOOL);
    }
}
