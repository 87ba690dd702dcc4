package vn.practicum.webapp.fields;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.GenericField;
import vn.practicum.engine.field.ProgrammeField;

/**
 * The fields offered to new students: every field plugin switched on, and the programme's fields
 * without a plugin (they run the generic steps). A field switched off is not listed.
 */
@RestController
class FieldsController {

    private final FieldRegistry fields;

    FieldsController(FieldRegistry fields) {
        this.fields = fields;
    }

    @GetMapping(path = "/api/fields", produces = MediaType.APPLICATION_JSON_VALUE)
    List<FieldView> offered() {
        List<FieldView> offered = new ArrayList<>(fields.fields().stream().map(FieldView::of).toList());
        for (ProgrammeField field : ProgrammeField.values()) {
            if (fields.isOffered(field.key()) && fields.find(field.key()).isEmpty()) {
                offered.add(FieldView.withoutPlugin(field.key(), field.label(), GenericField.RUBRIC));
            }
        }
        offered.sort(Comparator.comparing(FieldView::key));
        return offered;
    }
}
