package vn.practicum.engine.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    private final Deadlines deadlines = new Deadlines();

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void counts_from_the_engine_clock() {
        ClockUtil.setCurrentTime(new Date(0));

        assertThat(deadlines.after("P3D")).isEqualTo(new Date(3L * 24 * 3600 * 1000));
        assertThat(deadlines.after("PT12H")).isEqualTo(new Date(12L * 3600 * 1000));
    }

    @Test
    void refuses_what_is_not_a_duration_and_a_schedule_built_from_it() {
        assertThatThrownBy(() -> deadlines.after("3 days")).hasMessageContaining("Not an ISO-8601 duration");
        assertThatThrownBy(() -> new PracticumSchedule(8, "weekly", "P3D", "P2D", "P5D", "P28D"))
                .hasMessageContaining("weekly");
        assertThatThrownBy(() -> new PracticumSchedule(0, "P7D", "P3D", "P2D", "P5D", "P28D"))
                .hasMessageContaining("logbook-count");
    }
}
