package vn.practicum.engine.lifecycle;

/**
 * Group ids of the programme's parties. They contain {@code :} and {@code -}, which the engine's
 * resource id whitelist is widened to accept.
 */
public final class Groups {

    private Groups() {
    }

    public static final String PROGRAMME_ADMINS = "programme-admins";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    public static final String STUDENTS = "students";

    public static String schoolCoordinators(String schoolCode) {
        return "school:" + schoolCode + ":coordinators";
    }

    public static String schoolSupervisors(String schoolCode) {
        return "school:" + schoolCode + ":supervisors";
    }

    public static String businessHr(String hostCode) {
        return "business:" + hostCode + ":hr";
    }

    public static String businessMentors(String hostCode) {
        return "business:" + hostCode + ":mentors";
    }

    /** The school code in {@code school:<code>:<role>}, or null for another kind of group. */
    public static String schoolOf(String groupId) {
        return partyCode("school:", groupId);
    }

    /** The host code in {@code business:<code>:<role>}, or null for another kind of group. */
    public static String businessOf(String groupId) {
        return partyCode("business:", groupId);
    }

    private static String partyCode(String prefix, String groupId) {
        if (groupId == null || !groupId.startsWith(prefix)) {
            return null;
        }
        int end = groupId.indexOf(':', prefix.length());
        return end < 0 ? null : groupId.substring(prefix.length(), end);
    }
}
