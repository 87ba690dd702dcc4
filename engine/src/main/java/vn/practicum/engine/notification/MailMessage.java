package vn.practicum.engine.notification;

/**
 * One plain-text e-mail to one address.
 *
 * @param to      the address, looked up when sending (never a process variable)
 * @param subject the subject, in the recipient's language
 * @param text    the body, in the recipient's language
 */
public record MailMessage(String to, String subject, String text) {
}
