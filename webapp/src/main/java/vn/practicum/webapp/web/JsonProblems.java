package vn.practicum.webapp.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** What is wrong with a JSON body, in words, naming the field: never the parser's own message (it quotes classes). */
final class JsonProblems {

    private JsonProblems() {
    }

    static String describe(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
                    .map(String::valueOf).sorted().collect(Collectors.joining(", "));
            return unknown.getPropertyName() + ": không có trường này; các trường là: " + known
                    + " / " + unknown.getPropertyName() + ": unknown field; the fields are: " + known;
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            return field + ": giá trị '" + shorten(invalid.getValue()) + "' không đúng kiểu " + typeName(invalid.getTargetType())
                    + " / " + field + ": '" + shorten(invalid.getValue()) + "' is not a valid " + typeName(invalid.getTargetType());
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return field + ": giá trị không đúng kiểu " + typeName(mismatched.getTargetType())
                    + " / " + field + ": not a valid " + typeName(mismatched.getTargetType());
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            return field + ": giá trị không hợp lệ / " + field + ": invalid value";
        }
        if (cause instanceof JsonProcessingException parse && parse.getLocation() != null) {
            return "Nội dung không phải JSON hợp lệ (dòng " + parse.getLocation().getLineNr() + ", cột "
                    + parse.getLocation().getColumnNr() + ") / The body is not valid JSON (line "
                    + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr() + ")";
        }
        return "Nội dung không phải JSON hợp lệ theo mẫu của yêu cầu / The body is missing or is not valid JSON of the expected shape";
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static String typeName(Class<?> type) {
        if (type == null) {
            return "?";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "number (số)";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true/false";
        }
        if (type.getName().startsWith("java.time")) {
            return "date (yyyy-MM-dd)";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        return type == String.class ? "text" : "value";
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
