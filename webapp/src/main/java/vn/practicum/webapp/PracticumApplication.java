package vn.practicum.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Practicum: Camunda 7 webapps (Cockpit, Tasklist, Admin), the engine's REST API for Camunda Modeler,
 * and the tracking API for schools, on one engine with every field plugin on the classpath.
 */
@SpringBootApplication
public class PracticumApplication {

    public static void main(String[] args) {
        SpringApplication.run(PracticumApplication.class, args);
    }
}
