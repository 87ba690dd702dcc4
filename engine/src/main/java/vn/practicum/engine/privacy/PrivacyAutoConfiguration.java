package vn.practicum.engine.privacy;

import java.time.Clock;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.practicum.engine.config.PracticumEngineAutoConfiguration;
import vn.practicum.engine.lifecycle.PracticumLifecycle;
import vn.practicum.engine.student.StudentRegister;

/** Consent recording, export and erasure of a student's data. Every bean can be replaced. */
@AutoConfiguration(after = PracticumEngineAutoConfiguration.class,
        afterName = "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration")
public class PrivacyAutoConfiguration {

    @Bean
    @Order(2)
    @ConditionalOnMissingBean
    public PrivacyEnginePlugin privacyEnginePlugin() {
        return new PrivacyEnginePlugin();
    }

    @Bean
    @ConditionalOnMissingBean
    public ConsentRegister consentRegister(DataSource dataSource) {
        return new ConsentRegister(new JdbcTemplate(dataSource));
    }

    @Bean
    @ConditionalOnMissingBean
    public StudentPrivacy studentPrivacy(ProcessEngine engine, PracticumLifecycle lifecycle, StudentRegister register,
                                         ConsentRegister consent, ObjectProvider<StudentDataHolder> holders,
                                         DataSource dataSource, PlatformTransactionManager transactionManager) {
        return new StudentPrivacy(engine, lifecycle, register, consent, holders.orderedStream().toList(),
                new JdbcTemplate(dataSource), new TransactionTemplate(transactionManager), Clock.systemUTC());
    }
}
