package vn.practicum.webapp.tracking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.practicum.engine.field.FieldRegistry;
import vn.practicum.engine.field.ProgrammeField;
import vn.practicum.engine.spi.FieldPlugin;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.tracking.StudentStageQueries;
import vn.practicum.webapp.web.ApiException;

/** Checks the tracking API's parameters; every problem is named, in Vietnamese and English. */
@Component
class TrackingRequests {

    static final Pattern STUDENT_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
    static final Pattern PARTY_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    static final int DEFAULT_SIZE = 20;
    static final int MAX_PAGE = 100_000;

    private final FieldRegistry fields;

    TrackingRequests(FieldRegistry fields) {
        this.fields = fields;
    }

    void checkStudentId(String studentId) {
        if (!STUDENT_ID.matcher(studentId).matches()) {
            throw ApiException.badRequest(List.of("studentId: chỉ gồm chữ, số, '.', '_' hoặc '-', tối đa 64 ký tự"
                    + " / studentId: letters, digits, '.', '_' or '-', at most 64 characters"));
        }
    }

    /** The school list's query, checked as a whole so that every problem is reported at once. */
    SchoolQuery schoolQuery(String schoolCode, String stage, String field, Integer page, Integer size) {
        List<String> problems = new ArrayList<>();
        if (!PARTY_CODE.matcher(schoolCode).matches()) {
            problems.add("schoolCode: chữ thường, số hoặc '-', tối đa 32 ký tự / schoolCode: lower-case letters, digits"
                    + " or '-', at most 32 characters");
        }
        Stage stageValue = null;
        if (stage != null && !stage.isBlank()) {
            try {
                stageValue = Stage.valueOf(stage.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                String allowed = Arrays.stream(Stage.values()).map(Stage::name).collect(Collectors.joining(", "));
                problems.add("stage: không có giai đoạn '" + stage + "'; chọn một trong " + allowed
                        + " / stage: unknown stage '" + stage + "'; allowed values: " + allowed);
            }
        }
        String fieldKey = field == null || field.isBlank() ? null : field.trim();
        if (fieldKey != null && !knownFields().contains(fieldKey)) {
            String allowed = String.join(", ", knownFields());
            problems.add("field: không có ngành '" + field + "'; chọn một trong " + allowed
                    + " / field: unknown field '" + field + "'; allowed values: " + allowed);
        }
        int pageValue = page == null ? 0 : page;
        int sizeValue = size == null ? DEFAULT_SIZE : size;
        if (pageValue < 0 || pageValue > MAX_PAGE) {
            problems.add("page: từ 0 đến " + MAX_PAGE + " / page: from 0 to " + MAX_PAGE);
        }
        if (sizeValue < 1 || sizeValue > StudentStageQueries.MAX_PAGE_SIZE) {
            problems.add("size: từ 1 đến " + StudentStageQueries.MAX_PAGE_SIZE
                    + " / size: from 1 to " + StudentStageQueries.MAX_PAGE_SIZE);
        }
        if (!problems.isEmpty()) {
            throw ApiException.badRequest(problems);
        }
        return new SchoolQuery(schoolCode, stageValue, fieldKey, pageValue, sizeValue);
    }

    /** The programme's ten fields and any field a plugin adds. */
    private TreeSet<String> knownFields() {
        TreeSet<String> keys = Arrays.stream(ProgrammeField.values()).map(ProgrammeField::key)
                .collect(Collectors.toCollection(TreeSet::new));
        fields.fields().stream().map(FieldPlugin::key).forEach(keys::add);
        return keys;
    }

    record SchoolQuery(String schoolCode, Stage stage, String fieldKey, int page, int size) {
    }
}
