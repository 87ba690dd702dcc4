package vn.practicum.webapp.admin;

/** Start-up found no administrator and was given no password to create one. */
public class AdministratorMissingException extends IllegalStateException {

    private final String userId;

    AdministratorMissingException(String userId) {
        super("No administrator: user '" + userId + "' does not exist and no password is configured. "
                + "Set PRACTICUM_ADMIN_PASSWORD (property practicum.admin.password) to create it, "
                + "or start with the demo profile (--spring.profiles.active=demo, password 'Demo@2026!').");
        this.userId = userId;
    }

    public String userId() {
        return userId;
    }
}
