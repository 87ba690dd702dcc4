package vn.practicum.webapp.audit;

/** A text in Vietnamese ({@code vi}, shown first) and English ({@code en}). */
public record Label(String vi, String en) {

    /** The text in the given language: English for {@code en}, Vietnamese otherwise. */
    public String in(java.util.Locale locale) {
        return "en".equals(locale.getLanguage()) ? en : vi;
    }
}
