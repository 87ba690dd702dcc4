package vn.practicum.webapp.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code practicum.admin.*}: the programme administrator created or updated at start-up.
 *
 * @param id       user id, {@code admin} unless set
 * @param password from {@code PRACTICUM_ADMIN_PASSWORD}; empty means "keep the existing administrator's password"
 */
@ConfigurationProperties("practicum.admin")
public record AdministratorProperties(@DefaultValue("admin") String id, String password) {

    public boolean hasPassword() {
        return password != null && !password.isBlank();
    }

    @Override
    public String toString() {
        return "AdministratorProperties[id=" + id + ", password=" + (hasPassword() ? "****" : "<none>") + "]";
    }
}
