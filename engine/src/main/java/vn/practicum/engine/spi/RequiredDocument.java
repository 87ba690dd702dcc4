package vn.practicum.engine.spi;

/**
 * A document a student must hold before the placement starts.
 *
 * @param type  stable key, such as {@code cybersecurity-training}
 * @param name  what users read
 * @param basis the rule that requires it, such as "Nghị định 85/2016/NĐ-CP"
 */
public record RequiredDocument(String type, LocalizedText name, String basis) {
}
