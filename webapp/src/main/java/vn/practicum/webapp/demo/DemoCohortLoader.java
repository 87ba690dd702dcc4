package vn.practicum.webapp.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.lifecycle.PracticumStart;
import vn.practicum.engine.lifecycle.WithdrawalParty;

/**
 * Runs each demo student through the real processes, completing tasks as the person who would
 * (so the timeline shows who acted) and firing due timers, until the student stands where the demo
 * wants them.
 */
class DemoCohortLoader {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCohortLoader.class);
    private static final int MAX_ACTIONS = 400;

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final PracticumLifecycle lifecycle;

    DemoCohortLoader(ProcessEngine engine, PracticumLifecycle lifecycle) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
        this.identity = engine.getIdentityService();
        this.lifecycle = lifecycle;
    }

    void load(DemoStudent student) {
        LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);
        lifecycle.start(new PracticumStart(student.id(), student.school(), DemoCohort.FIELD, "sup." + student.school(),
                student.credits(), true, start, start.plusMonths(3)));
        for (int action = 0; action < MAX_ACTIONS; action++) {
            List<Task> open = openTasks(student.id());
            Optional<Task> target = open.stream().filter(t -> t.getTaskDefinitionKey().equals(student.target().taskKey())).findFirst();
            if (target.isPresent()) {
                arrive(student, target.get());
                return;
            }
            if (!open.isEmpty()) {
                completeAsItsOwner(open.get(0), student);
            } else if (!executeNextJob(student.id())) {
                if (student.target().kind() != DemoTarget.Kind.FINISHED) {
                    LOG.warn("Demo student {} ended before reaching {}", student.id(), student.target().taskKey());
                }
                return;
            }
        }
        throw new IllegalStateException("Demo student " + student.id() + " did not reach " + student.target());
    }

    private void arrive(DemoStudent student, Task task) {
        switch (student.target().kind()) {
            case WITHDRAWN -> lifecycle.withdraw(student.id(),
                    student.host() != null && task.getTaskDefinitionKey().startsWith("Task_Review") ? WithdrawalParty.HOST : WithdrawalParty.STUDENT,
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

    private List<Task> openTasks(String studentId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(studentId).orderByTaskCreateTime().asc().list();
    }

    /** Completes the task signed in as its assignee, or as the first member of its candidate group. */
    private void completeAsItsOwner(Task task, DemoStudent student) {
        String actor = task.getAssignee() != null ? task.getAssignee() : candidateUser(task);
        try {
            if (actor != null) {
                identity.setAuthentication(actor, identity.createGroupQuery().groupMember(actor).list().stream()
                        .map(org.camunda.bpm.engine.identity.Group::getId).toList());
            }
            tasks.complete(task.getId(), DemoTaskAnswers.answer(task.getTaskDefinitionKey(), student));
        } catch (OptimisticLockingException e) {
            LOG.debug("Task {} changed meanwhile, trying again", task.getId());
        } finally {
            identity.clearAuthentication();
        }
    }

    private String candidateUser(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .map(DemoCohortLoader::representativeOf)
                .filter(user -> user != null)
                .findFirst().orElse(null);
    }

    /** {@code school:hust:coordinators} → {@code coord.hust}; {@code business:vnpt:mentors} → {@code mentor.vnpt}. */
    static String representativeOf(String groupId) {
        String school = Groups.schoolOf(groupId);
        String business = Groups.businessOf(groupId);
        if (school != null) {
            return (groupId.endsWith(":supervisors") ? "sup." : "coord.") + school;
        }
        if (business != null) {
            return (groupId.endsWith(":mentors") ? "mentor." : "hr.") + business;
        }
        return null;
    }

    /** Executes the job due first among the student's instances (timers jump ahead); false if there is none. */
    private boolean executeNextJob(String studentId) {
        List<String> instances = runtime.createProcessInstanceQuery().processInstanceBusinessKey(studentId).list()
                .stream().map(ProcessInstance::getId).toList();
        Optional<Job> next = instances.stream()
                .flatMap(id -> management.createJobQuery().processInstanceId(id).list().stream())
                .min(Comparator.comparing(job -> job.getDuedate() == null ? new java.util.Date(0) : job.getDuedate()));
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
            LOG.debug("Job {} ran meanwhile on the job executor", job.getId());
        } catch (ProcessEngineException e) {
            if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                throw e;
            }
            LOG.debug("Job {} was done meanwhile", job.getId());
        }
    }
}
