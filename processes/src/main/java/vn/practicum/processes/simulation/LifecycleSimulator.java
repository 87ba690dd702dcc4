package vn.practicum.processes.simulation;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.WithdrawalParty;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * Runs students through the real processes with sample answers: completes each open task as the
 * person who would (its assignee, or whoever {@code actorOfGroup} names for a candidate group) and,
 * when nobody has a task, fires the job due first (timers jump ahead). For demo cohorts, end-to-end
 * tests and benchmarks; never for real students.
 */
public class LifecycleSimulator {

    private static final int MAX_ACTIONS = 400;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final PracticumLifecycle lifecycle;
    private final FieldRegistry fields;
    private final Function<String, String> actorOfGroup;
    /** Group memberships of the people the simulation acts as, looked up once per simulator. */
    private final Map<String, List<String>> groupsOfActor = new ConcurrentHashMap<>();

    /**
     * @param actorOfGroup the user who acts for a candidate group ({@code school:hust:coordinators} →
     *                     {@code coord.hust}), or null to complete group tasks without a signed-in user
     */
    public LifecycleSimulator(ProcessEngine engine, PracticumLifecycle lifecycle, FieldRegistry fields,
                              Function<String, String> actorOfGroup) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.identity = engine.getIdentityService();
        this.lifecycle = lifecycle;
        this.fields = fields;
        this.actorOfGroup = actorOfGroup != null ? actorOfGroup : group -> null;
    }

    /** Starts the student's practicum and runs it to the target; returns the actions it took. */
    public int run(SimulatedStudent student) {
        lifecycle.start(student.start());
        return resume(student);
    }

    /** Runs a student whose practicum is already running on to the target; returns the actions it took. */
    public int resume(SimulatedStudent student) {
        SampleAnswers fieldAnswers = fields.find(student.start().fieldKey()).map(FieldPlugin::sampleAnswers)
                .orElse(SampleAnswers.NONE);
        SampleAnswers coreAnswers = CoreSampleAnswers.forHost(student.hostCode());
        SimulationTarget target = student.target();
        for (int action = 0; action < MAX_ACTIONS; action++) {
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(student.id())
                    .orderByTaskCreateTime().asc().orderByTaskId().asc().list();
            Optional<Task> reached = open.stream().filter(t -> t.getTaskDefinitionKey().equals(target.taskKey())).findFirst();
            if (reached.isPresent()) {
                arrive(student, reached.get());
                return action;
            }
            if (!open.isEmpty()) {
                Task task = open.get(0);
                Map<String, Object> answer = fieldAnswers.answer(task.getTaskDefinitionKey(), student.id());
                if (answer == null) {
                    answer = coreAnswers.answer(task.getTaskDefinitionKey(), student.id());
                }
                complete(task, answer == null ? Map.of() : answer);
            } else if (!executeNextJob(student.id())) {
                if (target.kind() != SimulationTarget.Kind.FINISHED) {
                    throw new IllegalStateException("Student " + student.id() + " ended before reaching " + target.taskKey());
                }
                return action;
            }
        }
        throw new IllegalStateException("Student " + student.id() + " did not reach " + target + " in " + MAX_ACTIONS + " actions");
    }

    private void arrive(SimulatedStudent student, Task task) {
        switch (student.target().kind()) {
            case WITHDRAWN -> lifecycle.withdraw(student.id(),
                    task.getTaskDefinitionKey().equals("Task_ReviewCandidate") ? WithdrawalParty.HOST : WithdrawalParty.STUDENT,
                    "Sinh viên chuyển sang chương trình khác / the student moved to another programme");
            case ESCALATED_REVIEW -> {
                executeJobAt(task.getProcessInstanceId(), "BoundaryEvent_ReviewReminder");
                executeJobAt(task.getProcessInstanceId(), "BoundaryEvent_ReviewOverdue");
            }
            default -> {
                // the student waits here
            }
        }
    }

    private void complete(Task task, Map<String, Object> variables) {
        String actor = task.getAssignee() != null ? task.getAssignee() : candidateActor(task);
        try {
            if (actor != null) {
                identity.setAuthentication(actor, groupsOfActor.computeIfAbsent(actor, user -> identity.createGroupQuery()
                        .groupMember(user).list().stream().map(Group::getId).toList()));
            }
            tasks.complete(task.getId(), variables);
        } catch (OptimisticLockingException e) {
            // the task changed meanwhile (a timer, the job executor): look again
        } finally {
            identity.clearAuthentication();
        }
    }

    private String candidateActor(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .map(actorOfGroup)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private boolean executeNextJob(String studentId) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(studentId).list()
                .stream().map(ProcessInstance::getId).toList();
        Optional<Job> next = instances.stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
                .min(Comparator.comparing((Job job) -> job.getDuedate() == null ? new Date(0) : job.getDuedate())
                        .thenComparing(Job::getId));
        if (next.isEmpty()) {
            return false;
        }
        execute(next.get());
        return true;
    }

    private void executeJobAt(String processInstanceId, String activityId) {
        management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).list().forEach(this::execute);
    }

    private void execute(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (OptimisticLockingException e) {
            // the job executor ran it meanwhile
        } catch (ProcessEngineException e) {
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                throw e;
            }
        }
    }
}
