package vn.practicum.engine.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.practicum.engine.config.PracticumEngineDefaultsPlugin;

class GroupsTest {

    @Test
    void reads_the_party_of_a_group_id() {
        assertThat(Groups.schoolOf(Groups.schoolCoordinators("hust"))).isEqualTo("hust");
        assertThat(Groups.businessOf(Groups.businessMentors("ubnd-tien-yen"))).isEqualTo("ubnd-tien-yen");
        assertThat(Groups.schoolOf("business:hust:hr")).isNull();
        assertThat(Groups.schoolOf("school:")).isNull();
        assertThat(Groups.schoolOf(Groups.PROGRAMME_ADMINS)).isNull();
    }

    @Test
    void party_group_ids_pass_the_widened_id_whitelist_and_markup_does_not() {
        String pattern = PracticumEngineDefaultsPlugin.RESOURCE_ID_PATTERN;
        assertThat(Groups.schoolCoordinators("hust")).matches(pattern);
        assertThat(Groups.businessHr("ubnd-tien-yen")).matches(pattern);
        assertThat("camunda-admin").matches(pattern);
        assertThat("<script>").doesNotMatch(pattern);
        assertThat("../etc").doesNotMatch(pattern);
        assertThat(":admin").doesNotMatch(pattern);
    }
}
