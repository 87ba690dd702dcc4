package vn.practicum.field.fintech.internal;

/**
 * The sandbox access the host's HR granted, as typed.
 *
 * @param environment              the sandbox or test environment
 * @param account                  the student's account in it
 * @param dataScope                the data the account sees: {@code SYNTHETIC} or {@code MASKED} (as typed)
 * @param productionAccessExcluded the host confirmed the student has no production or live-data access
 * @param accessFrom               first day of access, {@code yyyy-MM-dd}
 * @param accessUntil              last day of access, {@code yyyy-MM-dd}
 */
public record SandboxAccess(String environment, String account, String dataScope, boolean productionAccessExcluded,
                            String accessFrom, String accessUntil) {
}
