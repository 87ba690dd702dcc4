package vn.practicum.webapp;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import vn.practicum.webapp.access.ApplicationAccess;
import vn.practicum.webapp.admin.AdministratorInitializer;
import vn.practicum.webapp.tasklist.TaskFilters;

/**
 * The start-up set-up, in order, before the server takes requests: the administrator (or stop),
 * the applications' access, the Tasklist's shared filters. Every step is idempotent.
 */
@Component
class PracticumSetup implements SmartInitializingSingleton {

    private final AdministratorInitializer administrator;
    private final ApplicationAccess applicationAccess;
    private final TaskFilters taskFilters;

    PracticumSetup(AdministratorInitializer administrator, ApplicationAccess applicationAccess, TaskFilters taskFilters) {
        this.administrator = administrator;
        this.applicationAccess = applicationAccess;
        this.taskFilters = taskFilters;
    }

    @Override
    public void afterSingletonsInstantiated() {
        administrator.ensureAdministrator();
        applicationAccess.ensureDefaults();
        taskFilters.ensureFilters(administrator.administratorId());
    }
}
