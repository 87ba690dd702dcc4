package vn.practicum.engine.notification;

import java.util.Locale;

/**
 * Someone to tell, looked up when sending. Holds personal data: never stored in a process variable.
 *
 * @param userId the user id (a student's is their student id)
 * @param name   how to greet them
 * @param email  the address, or null if none is known
 * @param locale Vietnamese unless the user's {@value RecipientDirectory#LOCALE_INFO} says {@code en}
 */
public record Recipient(String userId, String name, String email, Locale locale) {
}
