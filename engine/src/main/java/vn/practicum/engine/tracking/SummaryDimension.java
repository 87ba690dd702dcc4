package vn.practicum.engine.tracking;

/** What the programme summary counts per. */
public enum SummaryDimension {
    FIELD, SCHOOL, HOST, PROVINCE
}
