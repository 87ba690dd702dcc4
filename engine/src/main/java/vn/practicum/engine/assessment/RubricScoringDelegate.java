package vn.practicum.engine.assessment;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.spi.Rubric;

/**
 * {@code ${rubricScoring}}: the mentor's weighted score by the field's rubric, then the final score.
 * Unusable scores raise {@code Error_InvalidScores} with the problem in {@code scoringProblem}.
 */
public class RubricScoringDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "rubricScoring";
    public static final String ERROR_INVALID_SCORES = "Error_InvalidScores";

    private final FieldRegistry fields;
    private final RubricScoring scoring;

    public RubricScoringDelegate(FieldRegistry fields, RubricScoring scoring) {
        this.fields = fields;
        this.scoring = scoring;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Rubric rubric = fields.rubricFor(PracticumVariables.FIELD_KEY.require(execution));
        try {
            double mentorScore = scoring.mentorScore(rubric, name -> (Number) execution.getVariable(name));
            double finalScore = scoring.finalScore(mentorScore, PracticumVariables.REPORT_SCORE.require(execution));
            PracticumVariables.MENTOR_SCORE.set(execution, mentorScore);
            PracticumVariables.FINAL_SCORE.set(execution, finalScore);
        } catch (RubricScoring.InvalidScoresException e) {
            throw new BpmnError(ERROR_INVALID_SCORES, e.getMessage());
        }
    }
}
