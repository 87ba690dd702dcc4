package vn.practicum.webapp.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Which groups are parties, and how they are named. */
class PartyAccessTest {

    @Test
    void partyGroupsAreNamedInVietnameseAndEnglish() {
        assertThat(PartyAccess.describe("school:hust:coordinators").name()).isEqualTo("Điều phối viên trường hust / School hust coordinators");
        assertThat(PartyAccess.describe("school:hust:supervisors").type()).isEqualTo("SCHOOL");
        assertThat(PartyAccess.describe("business:fpt-software:hr").type()).isEqualTo("BUSINESS");
        assertThat(PartyAccess.describe("business:viettel:mentors").name()).contains("viettel mentors");
        assertThat(PartyAccess.describe("students").type()).isEqualTo("STUDENTS");
    }

    @Test
    void anythingElseIsRefused() {
        for (String notAParty : new String[] {"camunda-admin", "programme-admins", "school:hust:deans", "school::coordinators",
                "business:Viettel:hr", "school:hust", "school:hust:coordinators:x", "", null}) {
            assertThatThrownBy(() -> PartyAccess.describe(notAParty)).as(String.valueOf(notAParty))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
