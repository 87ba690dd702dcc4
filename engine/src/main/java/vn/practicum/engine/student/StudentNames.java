package vn.practicum.engine.student;

import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese names as keys a database can search and sort: a search key without diacritics ("Nguyễn Văn Đức" →
 * "nguyen van duc"), so that "nguyen" finds "Nguyễn"; and a sort key in Vietnamese name order — by the given name
 * (the last word) first, then the family and middle names — under the Vietnamese collation, hex-encoded so that
 * comparing the keys as plain ASCII strings (any database, any collation) gives the collator's order.
 */
public final class StudentNames {

    /** The longest sort key kept: enough for names of about 80 letters. */
    static final int SORT_KEY_LENGTH = 1000;

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private StudentNames() {
    }

    /**
     * The text without diacritics, in lower case, with single spaces: what a search compares. Also applied to
     * what the user types, so that "Nguyễn", "nguyen" and "NGUYEN" all find "Nguyễn".
     */
    public static String searchable(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /** The search key of a student: the name and the school's student code, searchable. */
    public static String searchKey(String fullName, String studentCode) {
        return searchable(fullName + " " + (studentCode == null ? "" : studentCode));
    }

    /** The name in Vietnamese order of sorting: the given name, then the family and middle names. */
    public static String givenNameFirst(String fullName) {
        String name = fullName == null ? "" : SPACES.matcher(fullName.strip()).replaceAll(" ");
        int last = name.lastIndexOf(' ');
        return last < 0 ? name : name.substring(last + 1) + " " + name.substring(0, last);
    }

    /** The sort key of a name: the Vietnamese collation key of the given name, then of the rest, hex-encoded. */
    public static String sortKey(String fullName) {
        String name = fullName == null ? "" : SPACES.matcher(fullName.strip()).replaceAll(" ");
        int last = name.lastIndexOf(' ');
        String given = last < 0 ? name : name.substring(last + 1);
        String rest = last < 0 ? "" : name.substring(0, last);
        Collator collator = collator();
        // "0000" separates the two keys: below every collation weight, so that a shorter given name sorts first
        String key = hex(collator.getCollationKey(given)) + "0000" + hex(collator.getCollationKey(rest));
        return key.length() > SORT_KEY_LENGTH ? key.substring(0, SORT_KEY_LENGTH) : key;
    }

    /**
     * The sort key of a student the register does not know (not registered, or erased): after every name ("zz" is
     * above every hex digit in any collation), by student id.
     */
    public static String unregisteredSortKey(String studentId) {
        return "zz" + searchable(studentId);
    }

    /** A collator for Vietnamese names: letters with their diacritics in Vietnamese order, case a tertiary difference. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        collator.setDecomposition(Collator.CANONICAL_DECOMPOSITION);
        return collator;
    }

    private static String hex(CollationKey key) {
        return HexFormat.of().formatHex(key.toByteArray());
    }
}
