package vn.practicum.engine.notification;

/**
 * Where mail goes: the application's SMTP server (Spring Mail), the demo's in-process server... Sending throws
 * when the message was not accepted; the notification's job then retries and finally raises an incident.
 */
public interface MailOutbox {

    void send(MailMessage message);
}
