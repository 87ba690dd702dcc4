package vn.practicum.engine.party;

import java.util.Locale;

/**
 * A school or host organisation in the party register.
 *
 * @param code     the code in group ids ({@code hust} in {@code school:hust:coordinators})
 * @param kind     school or host
 * @param nameVi   the name in Vietnamese
 * @param nameEn   the name in English
 * @param province the province or centrally-run city it is in, in Vietnamese ({@code Quảng Ninh})
 */
public record Party(String code, PartyKind kind, String nameVi, String nameEn, String province) {

    /** The name in the language of the locale: Vietnamese unless English is asked for. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
    }
}
