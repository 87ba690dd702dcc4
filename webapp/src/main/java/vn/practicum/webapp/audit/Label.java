package vn.practicum.webapp.audit;

/** A text in Vietnamese ({@code vi}, shown first) and English ({@code en}). */
record Label(String vi, String en) {
}
