package vn.practicum.webapp.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into Spring Boot's short "APPLICATION FAILED TO START" report. */
class AdministratorMissingFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdministratorMissingException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Set the administrator's password, for example: export PRACTICUM_ADMIN_PASSWORD='<a long secret>' "
                        + "(the user '" + cause.userId() + "' is created in the groups camunda-admin and programme-admins), "
                        + "or try Practicum out with: --spring.profiles.active=demo",
                cause);
    }
}
