package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;

/** {@code practicum-eligibility}, every row, through the engine's DecisionService (FIRST hit policy). */
class EligibilityDecisionTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    private DmnDecisionResultEntries evaluate(String fieldKey, Integer credits, Boolean prerequisitesPassed) {
        Vars inputs = vars()
                .with(PracticumVariables.FIELD_KEY, fieldKey)
                .with(PracticumVariables.CREDITS_EARNED, credits)
                .with(PracticumVariables.PREREQUISITES_PASSED, prerequisitesPassed);
        DmnDecisionResult result = engine.getDecisionService()
                .evaluateDecisionByKey(ProcessKeys.ELIGIBILITY_DECISION)
                .variables(inputs.map())
                .evaluate();
        return result.getSingleResult();
    }

    @ParameterizedTest(name = "{0}, {1} credits, prerequisites {2} -> eligible {3}")
    @CsvSource(delimiter = '|', textBlock = """
            tourism                | 90  | true  | true  | Đủ điều kiện tham gia thực tập
            tourism                | 89  | true  | false | Chưa đủ số tín chỉ tối thiểu (90)
            port-operations        | 0   | true  | false | Chưa đủ số tín chỉ tối thiểu (90)
            e-commerce             | 150 | true  | true  | Đủ điều kiện tham gia thực tập
            tourism                | 120 | false | false | Chưa hoàn thành các học phần tiên quyết của ngành
            information-technology | 100 | true  | true  | Đủ điều kiện tham gia thực tập
            information-technology | 99  | true  | false | Chưa đủ số tín chỉ tối thiểu của ngành Công nghệ thông tin (100)
            information-technology | 95  | false | false | Chưa đủ số tín chỉ tối thiểu của ngành Công nghệ thông tin (100)
            information-technology | 85  | false | false | Chưa đủ số tín chỉ tối thiểu (90)
            information-technology | 130 | false | false | Chưa hoàn thành các học phần tiên quyết của ngành
            """)
    void decidesEachRow(String fieldKey, int credits, boolean prerequisitesPassed, boolean eligible, String reason) {
        DmnDecisionResultEntries result = evaluate(fieldKey, credits, prerequisitesPassed);

        assertThat((Boolean) result.getEntry(PracticumVariables.ELIGIBLE.name())).isEqualTo(eligible);
        assertThat((String) result.getEntry(PracticumVariables.ELIGIBILITY_REASON.name())).isEqualTo(reason);
    }

    @Test
    void missingCreditsAreNotEligible() {
        DmnDecisionResultEntries result = evaluate("tourism", null, true);

        assertThat((Boolean) result.getEntry(PracticumVariables.ELIGIBLE.name())).isFalse();
        assertThat((String) result.getEntry(PracticumVariables.ELIGIBILITY_REASON.name()))
                .isEqualTo("Chưa có thông tin số tín chỉ tích lũy");
    }

    @Test
    void unknownPrerequisitesAreNotEligible() {
        DmnDecisionResultEntries result = evaluate("tourism", 120, null);

        assertThat((Boolean) result.getEntry(PracticumVariables.ELIGIBLE.name())).isFalse();
        assertThat((String) result.getEntry(PracticumVariables.ELIGIBILITY_REASON.name()))
                .isEqualTo("Chưa hoàn thành các học phần tiên quyết của ngành");
    }
}
