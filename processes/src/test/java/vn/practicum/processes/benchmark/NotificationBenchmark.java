package vn.practicum.processes.benchmark;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import vn.practicum.engine.config.PracticumEngineDefaultsPlugin;
import vn.practicum.engine.deployment.BundleDeployer;
import vn.practicum.engine.notification.MailOutbox;
import vn.practicum.engine.notification.NotificationDigest;
import vn.practicum.engine.notification.NotificationEnginePlugin;
import vn.practicum.engine.notification.NotificationLedger;
import vn.practicum.engine.notification.NotificationRequests;
import vn.practicum.engine.notification.NotificationSender;
import vn.practicum.engine.notification.NotificationTexts;
import vn.practicum.engine.notification.RecipientDirectory;
import vn.practicum.engine.notification.SendNotificationDelegate;
import vn.practicum.engine.student.StudentRegister;
import vn.practicum.engine.tracking.StageTrackingEnginePlugin;
import vn.practicum.processes.CoreProcesses;

/**
 * What notifications cost the engine: starts N instances of a one-user-task process on H2 in memory, with
 * notifications off and on, then runs the notification jobs (the mail goes to an in-memory outbox, so this is the
 * engine's and the ledger's share, not the SMTP server's). Prints a table.
 *
 * <pre>
 * ./mvnw -q -B -pl processes -am install -DskipTests
 * ./mvnw -q -B -pl processes exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=vn.practicum.processes.benchmark.NotificationBenchmark [-Dexec.args=2000]
 * </pre>
 */
public final class NotificationBenchmark {

    private NotificationBenchmark() {
    }

    public static void main(String[] args) {
        int instances = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        List<String[]> rows = new ArrayList<>();
        for (boolean notifications : new boolean[] {false, true}) {
            rows.add(run(instances, notifications));
        }
        System.out.printf("%n%-34s %10s %14s %14s %14s%n", "notifications", "instances", "start (ms)", "starts/s", "mails/s");
        for (String[] row : rows) {
            System.out.printf("%-34s %10s %14s %14s %14s%n", (Object[]) row);
        }
        System.out.printf("(H2 in memory, one thread, %d processors, %s)%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
    }

    private static String[] run(int instances, boolean notifications) {
        AtomicInteger sent = new AtomicInteger();
        MailOutbox outbox = message -> sent.incrementAndGet();
        DelegatingDataSource database = new DelegatingDataSource();
        NotificationRequests requests = new NotificationRequests(notifications);
        NotificationSender sender = new NotificationSender(outbox,
                new RecipientDirectory(new StudentRegister(new JdbcTemplate(database))),
                new NotificationTexts("https://practicum.test"), new NotificationLedger(database, Duration.ofMinutes(10)),
                Clock.systemUTC());
        Map<Object, Object> beans = new HashMap<>();
        beans.put(SendNotificationDelegate.BEAN_NAME, new SendNotificationDelegate(sender));
        beans.put(NotificationDigest.BEAN_NAME, new NotificationDigest(sender, LocalTime.of(7, 0), notifications));

        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setProcessEngineName("notification-benchmark-" + UUID.randomUUID());
        configuration.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfigurationImpl.DB_SCHEMA_UPDATE_TRUE);
        configuration.setHistoryLevel(HistoryLevel.HISTORY_LEVEL_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setBeans(beans);
        configuration.getProcessEnginePlugins().add(new PracticumEngineDefaultsPlugin());
        configuration.getProcessEnginePlugins().add(new StageTrackingEnginePlugin());
        configuration.getProcessEnginePlugins().add(new NotificationEnginePlugin(requests));
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            database.setTargetDataSource(configuration.getDataSource());
            new BundleDeployer(engine.getRepositoryService(), NotificationBenchmark.class.getClassLoader())
                    .deploy(CoreProcesses.notificationBundle());
            BpmnModelInstance model = Bpmn.createExecutableProcess("benchmark-review")
                    .camundaHistoryTimeToLive(1).camundaVersionTag("1")
                    .startEvent().userTask("Task_Review").name("Nhận xét").camundaAssignee("${mentorId}")
                    .endEvent().done();
            engine.getRepositoryService().createDeployment().addModelInstance("benchmark-review.bpmn", model).deploy();
            for (int mentor = 0; mentor < 50; mentor++) {
                User user = engine.getIdentityService().newUser("mentor" + mentor);
                user.setEmail("mentor" + mentor + "@mail.test");
                engine.getIdentityService().saveUser(user);
            }

            long start = System.nanoTime();
            for (int i = 0; i < instances; i++) {
                engine.getRuntimeService().startProcessInstanceByKey("benchmark-review",
                        Map.of("mentorId", "mentor" + (i % 50), "studentId", "s-" + i));
            }
            long started = System.nanoTime() - start;

            long sendStart = System.nanoTime();
            List<Job> jobs = engine.getManagementService().createJobQuery().messages().list();
            for (Job job : jobs) {
                engine.getManagementService().executeJob(job.getId());
            }
            long sending = System.nanoTime() - sendStart;
            return new String[] {
                    notifications ? "on (task listener + async send)" : "off",
                    Integer.toString(instances),
                    Long.toString(started / 1_000_000),
                    String.format("%.0f", instances / (started / 1e9)),
                    notifications ? String.format("%.0f (%d sent)", sent.get() / (sending / 1e9), sent.get()) : "-"};
        } finally {
            engine.close();
        }
    }
}
