package vn.practicum.engine.field;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** The programme's ten specialist fields (DESIGN.md). A field without a plugin runs the generic fragments. */
public enum ProgrammeField {
    TOURISM("tourism", "Du lịch", "Tourism"),
    PORT_OPERATIONS("port-operations", "Vận hành, khai thác cảng", "Port operation and exploitation"),
    GREEN_CERTIFICATION("green-certification", "Thẩm định, đánh giá chứng nhận xanh",
            "Green certification assessment and verification"),
    DIGITAL_BUSINESS("digital-business", "Quản trị kinh doanh số", "Digital business management"),
    INFORMATION_TECHNOLOGY("information-technology", "Công nghệ thông tin", "Information technology"),
    FINTECH("fintech", "Công nghệ tài chính", "Financial technology"),
    VOCATIONAL_DIGITAL_TRANSFORMATION("vocational-digital-transformation",
            "Chuyển đổi số trong giáo dục nghề nghiệp", "Digital transformation in vocational training"),
    DIGITAL_DATA("digital-data", "Lưu trữ, tạo lập, khai thác dữ liệu số và chuyển đổi số",
            "Digital data storage, creation, exploitation and digital transformation"),
    STRATEGIC_MANAGEMENT("strategic-management", "Quản trị chiến lược", "Strategic management"),
    E_COMMERCE("e-commerce", "Thương mại điện tử", "E-commerce");

    private final String key;
    private final LocalizedText name;

    ProgrammeField(String key, String vi, String en) {
        this.key = key;
        this.name = LocalizedText.of(vi, en);
    }

    public String key() {
        return key;
    }

    public LocalizedText label() {
        return name;
    }

    public static Optional<ProgrammeField> ofKey(String key) {
        return Arrays.stream(values()).filter(field -> field.key.equals(key)).findFirst();
    }
}
