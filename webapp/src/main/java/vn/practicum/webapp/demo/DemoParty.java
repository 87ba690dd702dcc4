package vn.practicum.webapp.demo;

/** A school or host organisation of the demo cohort, with its code and Vietnamese name. */
record DemoParty(String code, String name) {
}
