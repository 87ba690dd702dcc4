package vn.practicum.field.greencertification.internal;

/**
 * The student's GHG-inventory method training as entered: the hours and topics are what the form or client sent
 * (normally a Number and Booleans), so that anything else is reported rather than thrown.
 *
 * @param certificateNumber         the certificate's number
 * @param provider                  who trained the student
 * @param completedOn               {@code yyyy-MM-dd}
 * @param hours                     training hours
 * @param coversBoundaries          organisational and operational boundaries, scopes
 * @param coversActivityData        activity data
 * @param coversEmissionFactors     emission factors
 * @param coversQualityManagement   QA/QC and uncertainty
 */
public record GhgTraining(String certificateNumber, String provider, String completedOn, Object hours, Object coversBoundaries,
                          Object coversActivityData, Object coversEmissionFactors, Object coversQualityManagement) {
}
