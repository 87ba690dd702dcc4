package vn.practicum.webapp.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;

/** Whether a request belongs to a user signed in to Camunda's webapps (Cockpit, Tasklist, Admin): their session. */
final class WebappSessions {

    private WebappSessions() {
    }

    static boolean isSignedIn(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return false;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null && !authentications.getAuthentications().isEmpty();
    }
}
