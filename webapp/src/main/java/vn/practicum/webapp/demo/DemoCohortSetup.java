package vn.practicum.webapp.demo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.camunda.bpm.engine.ProcessEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.processes.simulation.LifecycleSimulator;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.engine.party.PartyKind;
import vn.practicum.engine.party.PartyRegister;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.webapp.access.PartyAccess;

/**
 * The {@code demo} profile's cohort, loaded once the application is ready: the people first, then each
 * student not yet in the tracking model, so a restart (or an interrupted first start) loads nothing twice.
 */
@Component
@Profile("demo")
class DemoCohortSetup {

    private static final Logger LOG = LoggerFactory.getLogger(DemoCohortSetup.class);

    private final ProcessEngine engine;
    private final PracticumLifecycle lifecycle;
    private final StudentStageQueries tracking;
    private final PartyAccess partyAccess;
    private final FieldRegistry fields;
    private final PartyRegister parties;
    private final StudentRegister students;
    private final List<String> failed = new CopyOnWriteArrayList<>();

    DemoCohortSetup(ProcessEngine engine, PracticumLifecycle lifecycle, StudentStageQueries tracking, PartyAccess partyAccess,
                    FieldRegistry fields, PartyRegister parties, StudentRegister students) {
        this.engine = engine;
        this.parties = parties;
        this.students = students;
        this.fields = fields;
        this.lifecycle = lifecycle;
        this.tracking = tracking;
        this.partyAccess = partyAccess;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadDemoCohort() {
        new DemoIdentities(engine.getIdentityService()).create().forEach(partyAccess::grant);
        DemoCohort.SCHOOLS.forEach(school -> parties.register(school.party(PartyKind.SCHOOL)));
        DemoCohort.HOSTS.forEach(host -> parties.register(host.party(PartyKind.HOST)));
        Set<String> registered = students.registered(DemoCohort.STUDENTS.stream().map(DemoStudent::id).toList());
        students.register(DemoCohort.STUDENTS.stream().filter(student -> !registered.contains(student.id()))
                .map(DemoStudent::record).toList());
        LifecycleSimulator simulator = new LifecycleSimulator(engine, lifecycle, fields, DemoCohortSetup::representativeOf);
        int loaded = 0;
        for (DemoStudent student : DemoCohort.STUDENTS) {
            if (tracking.find(student.id()).isEmpty() && !lifecycle.isRunning(student.id())) {
                try {
                    simulator.run(student.simulated());
                    loaded++;
                } catch (RuntimeException e) {
                    // one student who cannot be placed where the demo wants does not keep the application from starting
                    LOG.error("Demo student {} ({}) could not be loaded", student.id(), student.field(), e);
                    failed.add(student.id() + ": " + e.getMessage());
                }
            }
        }
        LOG.info("Demo cohort: {} students loaded now, {} in all; users and passwords are listed in README.md",
                loaded, DemoCohort.STUDENTS.size());
    }

    /** The demo students that could not be run to where the demo wants them, with why. */
    List<String> failedStudents() {
        return List.copyOf(failed);
    }

    /** The demo user who acts for a party group: {@code school:hust:coordinators} → {@code coord.hust}. */
    static String representativeOf(String groupId) {
        String school = Groups.schoolOf(groupId);
        if (school != null) {
            return (groupId.endsWith(":supervisors") ? "sup." : "coord.") + school;
        }
        String business = Groups.businessOf(groupId);
        if (business != null) {
            return (groupId.endsWith(":mentors") ? "mentor." : "hr.") + business;
        }
        return null;
    }
}
