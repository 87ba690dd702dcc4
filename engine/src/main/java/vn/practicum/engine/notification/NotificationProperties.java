package vn.practicum.engine.notification;

import java.time.Duration;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code practicum.notification.*}.
 *
 * @param digestTime when the daily digest goes out, Vietnam time; read when the digest process is deployed
 * @param claimLease how long a node's claim on a notification holds before another node may take it over
 */
@ConfigurationProperties("practicum.notification")
public record NotificationProperties(@DefaultValue("07:00") LocalTime digestTime,
                                     @DefaultValue("10m") Duration claimLease) {
}
