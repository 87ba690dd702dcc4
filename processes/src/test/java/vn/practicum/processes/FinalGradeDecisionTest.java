package vn.practicum.processes;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessKeys;

/** {@code practicum-final-grade}: every boundary of Circular 08/2021/TT-BGDĐT, through the DecisionService. */
class FinalGradeDecisionTest extends CoreProcessTest {

    @RegisterExtension
    static ProcessEngineExtension extension = engineExtension();

    @ParameterizedTest(name = "{0} -> {1}, passed {2}")
    @CsvSource({
            "10.0, A, true", "8.5, A, true", "8.45, B+, true", "8.4, B+, true", "8.0, B+, true",
            "7.9, B, true", "7.0, B, true", "6.9, C+, true", "6.5, C+, true", "6.4, C, true", "5.5, C, true",
            "5.4, D+, true", "5.0, D+, true", "4.9, D, true", "4.0, D, true",
            "3.9, F, false", "0.0, F, false"
    })
    void gradesTheFinalScore(double finalScore, String grade, boolean passed) {
        DmnDecisionResultEntries result = engine.getDecisionService()
                .evaluateDecisionByKey(ProcessKeys.FINAL_GRADE_DECISION)
                .variables(vars().with(PracticumVariables.FINAL_SCORE, finalScore).map())
                .evaluate()
                .getSingleResult();

        assertThat((String) result.getEntry(PracticumVariables.FINAL_GRADE.name())).isEqualTo(grade);
        assertThat((Boolean) result.getEntry(PracticumVariables.PASSED.name())).isEqualTo(passed);
    }
}
