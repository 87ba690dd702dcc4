package vn.practicum.field.digitalbusiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class ProcessMapRulesTest {

    final ProcessMapRules rules = new ProcessMapRules();

    @ParameterizedTest
    @ValueSource(strings = {"BPMN", "FLOWCHART", "VALUE_STREAM_MAP", "bpmn"})
    void aCompleteMapInAReadableNotation_isAccepted(String notation) {
        assertThat(rules.problems(map(notation, 16))).isEmpty();
    }

    @Test
    void threeAndTwoHundredSteps_areTheBounds() {
        for (Number steps : List.<Number>of(3, 200, 3L, 200.0, new BigDecimal("3.00"))) {
            assertThat(rules.problems(map("BPMN", steps))).as("%s steps", steps).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {2, 201, 0, -5, 12.5})
    void stepCountsOutsideTheBoundsOrNotWhole_areRefused(double steps) {
        assertThat(rules.problems(map("BPMN", steps))).singleElement().extracting(LocalizedText::en).asString()
                .contains("must be a whole number from 3 to 200");
    }

    @Test
    void aStepCountThatIsNoNumber_isSaidSo() {
        assertThat(rules.problems(map("BPMN", Double.NaN))).extracting(LocalizedText::en)
                .containsExactly("Process map: the number of steps is not a number");
    }

    @Test
    void anUnreadableNotation_isRefused() {
        assertThat(rules.problems(map("UML_SEQUENCE", 16))).extracting(LocalizedText::en).containsExactly(
                "Process map: the notation 'UML_SEQUENCE' is not accepted: BPMN 2.0, a swimlane flowchart or a value stream map");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://docs.example.vn/o2c", "docs.example.vn/o2c", "\\\\server\\share\\o2c.bpmn", "https://"})
    void linksTheHostCannotOpenSafely_areRefused(String link) {
        assertThat(rules.problems(new ProcessMap("O2C", link, "BPMN", 16, "Nhập đơn hai lần", "Đồng bộ tự động")))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not a valid https address");
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(new ProcessMap(null, null, null, null, null, " "))).extracting(LocalizedText::en)
                .containsExactly(
                        "Process map: the process name is missing",
                        "Process map: the link to the map is missing",
                        "Process map: the notation is missing",
                        "Process map: the number of steps of the as-is process is missing",
                        "Process map: the map is missing: the as-is pain points, the proposed improvements");
        assertThat(rules.problems(new ProcessMap(null, null, null, null, null, " "))).extracting(LocalizedText::vi)
                .allSatisfy(vi -> assertThat(vi).startsWith("Bản đồ quy trình: "));
    }

    private static ProcessMap map(String notation, Number steps) {
        return new ProcessMap("Từ đơn hàng đến thu tiền", "https://docs.example.vn/o2c", notation, steps,
                "Nhập đơn hai lần", "Đồng bộ đơn tự động");
    }
}
