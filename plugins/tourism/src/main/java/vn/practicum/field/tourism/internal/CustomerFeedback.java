package vn.practicum.field.tourism.internal;

/**
 * The customers' feedback on a tour the student guided, as entered: the numbers are what the form or client sent
 * (normally a Number), so that anything else is reported rather than thrown.
 *
 * @param tourDate        the tour's day, {@code yyyy-MM-dd}
 * @param groupSize       tourists in the group
 * @param responses       feedback forms returned
 * @param averageRating   mean satisfaction, 1 to 5
 * @param collectedOn     when the feedback was collected, {@code yyyy-MM-dd}
 * @param summary         what customers praised and criticised
 * @param improvementPlan what the student will change (needed when customers were less than satisfied)
 */
public record CustomerFeedback(String tourDate, Object groupSize, Object responses, Object averageRating,
                               String collectedOn, String summary, String improvementPlan) {
}
