package vn.practicum.field.tourism.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_AVERAGE_RATING;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_COLLECTED_ON;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_IMPROVEMENT_PLAN;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_RESPONSES;
import static vn.practicum.field.tourism.TourismVariables.FEEDBACK_SUMMARY;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_DATE;
import static vn.practicum.field.tourism.TourismVariables.GUIDED_TOUR_GROUP_SIZE;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_KIND;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CARD_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.GUIDE_CREDENTIAL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_ISSUER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.tourism.TourismVariables.LANGUAGE_LEVEL;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_ISSUED_ON;
import static vn.practicum.field.tourism.TourismVariables.SHADOWING_LETTER_NUMBER;
import static vn.practicum.field.tourism.TourismVariables.TOUR_LANGUAGE;
import static vn.practicum.field.tourism.TourismVariables.TOUR_SCOPE;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.lifecycle.ProcessVariable;

/** The sample answers of a diligent student pass this field's own rules for a placement starting next month. */
class TourismSampleAnswersTest {

    final TourismSampleAnswers answers = new TourismSampleAnswers();
    final LocalDate start = LocalDate.now().plusMonths(1).withDayOfMonth(1);

    @ParameterizedTest
    @ValueSource(strings = {"tourism-e2e-001", "st-a", "st-b", "st-c", "st-d"})
    void passEveryCheck(String studentId) {
        Map<String, Object> tours = answers.answer("Task_DefineTourAssignment", studentId);
        Map<String, Object> credentials = answers.answer("Task_SubmitGuideCredentials", studentId);
        Map<String, Object> report = answers.answer("Task_ReportGuidedTour", studentId);
        Map<String, Object> feedback = answers.answer("Task_SubmitCustomerFeedback", studentId);

        assertThat(new GuideCardRules().problems(get(tours, TOUR_SCOPE), new GuideCredentials(get(credentials, GUIDE_CREDENTIAL),
                get(credentials, GUIDE_CARD_KIND), get(credentials, GUIDE_CARD_NUMBER), get(credentials, GUIDE_CARD_VALID_UNTIL),
                get(credentials, SHADOWING_LETTER_NUMBER), get(credentials, SHADOWING_LETTER_ISSUED_ON)), start)).isEmpty();
        assertThat(new LanguageLevelRules().problems(get(tours, TOUR_LANGUAGE), new LanguageCertificate(
                get(credentials, LANGUAGE_CERTIFICATE_LANGUAGE), get(credentials, LANGUAGE_LEVEL),
                get(credentials, LANGUAGE_CERTIFICATE_NUMBER), get(credentials, LANGUAGE_CERTIFICATE_ISSUER),
                get(credentials, LANGUAGE_CERTIFICATE_VALID_UNTIL)), CefrLevel.B2, start)).isEmpty();
        assertThat(new CustomerFeedbackRules().problems(new CustomerFeedback(get(report, GUIDED_TOUR_DATE),
                get(report, GUIDED_TOUR_GROUP_SIZE), get(feedback, FEEDBACK_RESPONSES), get(feedback, FEEDBACK_AVERAGE_RATING),
                get(feedback, FEEDBACK_COLLECTED_ON), get(feedback, FEEDBACK_SUMMARY), get(feedback, FEEDBACK_IMPROVEMENT_PLAN)),
                CustomerFeedbackRules.DEFAULT_MINIMUM_RESPONSES, start)).isEmpty();
        assertThat(answers.answer("Task_SubmitLogbook", studentId)).as("a core task").isNull();
    }

    private static <T> T get(Map<String, Object> answer, ProcessVariable<T> variable) {
        return variable.type().cast(answer.get(variable.name()));
    }

    @Test
    void answerEveryUserTaskOfTheFieldsFragments() throws Exception {
        for (String stage : List.of("placement", "mentoring", "assessment")) {
            String resource = "practicum/fields/tourism/tourism-" + stage + ".bpmn";
            try (InputStream bpmn = getClass().getClassLoader().getResourceAsStream(resource)) {
                for (UserTask task : Bpmn.readModelFromStream(bpmn).getModelElementsByType(UserTask.class)) {
                    assertThat(answers.answer(task.getId(), "st-sample")).as("%s of %s", task.getId(), resource).isNotNull();
                }
            }
        }
    }
}
