package vn.practicum.engine.spi;

import java.util.Map;

/**
 * What a diligent participant enters in a field's own tasks: used to run demo cohorts, end-to-end
 * tests and benchmarks through the real processes. Never used for real students.
 */
@FunctionalInterface
public interface SampleAnswers {

    /** Answers nothing: every task is completed without variables. */
    SampleAnswers NONE = (taskKey, studentId) -> null;

    /**
     * The variables to complete the task with, or null if the task is not one of this field's.
     *
     * @param taskKey   the task's activity id, such as {@code Task_SubmitTrainingCertificates}
     * @param studentId the student whose task it is (answers may vary with it)
     */
    Map<String, Object> answer(String taskKey, String studentId);
}
