package vn.practicum.webapp.pages;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.party.Party;
import vn.practicum.engine.party.PartyKind;
import vn.practicum.engine.party.PartyRegister;
import vn.practicum.engine.spi.Stage;

/** Labels and formats of the pages: stage, field and party names in the reader's language; dates as dd/MM/yyyy. */
@Component
class PageText {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VIETNAM);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VIETNAM);

    private final FieldRegistry fields;
    private final PartyRegister parties;
    private final MessageSource messages;

    PageText(FieldRegistry fields, PartyRegister parties, MessageSource messages) {
        this.fields = fields;
        this.parties = parties;
        this.messages = messages;
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    String stage(Stage stage, Locale locale) {
        return stage == null ? "" : stage.label().in(locale);
    }

    String field(String fieldKey, Locale locale) {
        return fieldKey == null ? "" : fields.find(fieldKey).map(field -> field.name().in(locale)).orElse(fieldKey);
    }

    /** The party's name in the reader's language, or its code if the party register does not know it. */
    String party(Map<String, Party> known, String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        Party party = known.get(code);
        return party == null ? code : party.name(locale);
    }

    Map<String, Party> schools() {
        return parties.all(PartyKind.SCHOOL);
    }

    Map<String, Party> hosts() {
        return parties.all(PartyKind.HOST);
    }

    static String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** 0.756 → "75,6 %" in Vietnamese, "75.6 %" in English; blank when there is no rate. */
    static String percent(Double rate, Locale locale) {
        return rate == null ? "" : String.format(locale, "%.1f %%", rate * 100);
    }

    static String days(Double days, Locale locale) {
        return days == null ? "" : String.format(locale, "%.1f", days);
    }
}
