package vn.practicum.webapp.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code practicum.mail.*}, from PRACTICUM_MAIL_HOST, _PORT, _USERNAME, _PASSWORD, _FROM, _STARTTLS. Without a host
 * (and outside the demo profile) notifications are off.
 *
 * @param starttls require STARTTLS (the default): the password never crosses the network in clear
 */
@ConfigurationProperties("practicum.mail")
record MailProperties(String host, @DefaultValue("587") int port, String username, String password,
                      @DefaultValue("Practicum <no-reply@practicum.invalid>") String from,
                      @DefaultValue("true") boolean starttls) {

    boolean configured() {
        return host != null && !host.isBlank();
    }
}
