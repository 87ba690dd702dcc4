package vn.practicum.field.greencertification.internal;

/**
 * The student's GHG inventory exercise as entered (emissions in tCO2e): the numbers are what the form or client
 * sent (normally a Number), so that anything else is reported rather than thrown.
 *
 * @param organisation           the organisation inventoried
 * @param reportingYear          the calendar year inventoried
 * @param boundary               organisational and operational boundaries
 * @param scope1                 direct emissions
 * @param scope2                 indirect emissions from purchased energy
 * @param scope3                 other indirect emissions, optional
 * @param total                  the total reported
 * @param activityDataSources    where the activity data came from
 * @param emissionFactorSources  which emission factors were used, and their sources
 * @param qaQcProcedures         the quality checks done
 * @param uncertaintyPercent     overall uncertainty of the total, per cent
 * @param uncertaintyExplanation main sources of uncertainty and how to reduce them
 * @param reportLink             link to the inventory report
 */
public record GhgInventory(String organisation, Object reportingYear, String boundary, Object scope1, Object scope2,
                           Object scope3, Object total, String activityDataSources, String emissionFactorSources,
                           String qaQcProcedures, Object uncertaintyPercent, String uncertaintyExplanation,
                           String reportLink) {
}
