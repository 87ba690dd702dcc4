package vn.practicum.field.strategicmanagement.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** Where the executive sponsor sits in the host, most junior first: a sponsor must be able to act on the strategy. */
public enum SponsorLevel {
    LINE_MANAGER(LocalizedText.of("Quản lý trực tiếp, trưởng nhóm", "Line manager, team lead")),
    DEPARTMENT_HEAD(LocalizedText.of("Trưởng phòng, ban", "Head of department")),
    FUNCTIONAL_DIRECTOR(LocalizedText.of("Giám đốc khối, chức năng (tài chính, chiến lược, kinh doanh...)",
            "Functional director (finance, strategy, sales...)")),
    DEPUTY_EXECUTIVE(LocalizedText.of("Phó Tổng giám đốc, Phó Giám đốc, Phó Chủ tịch UBND", "Deputy chief executive")),
    CHIEF_EXECUTIVE(LocalizedText.of("Tổng giám đốc, Giám đốc, Chủ tịch UBND", "Chief executive")),
    BOARD_MEMBER(LocalizedText.of("Thành viên Hội đồng quản trị, Hội đồng thành viên", "Board member"));

    private final LocalizedText label;

    SponsorLevel(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    public boolean isBelow(SponsorLevel other) {
        return compareTo(other) < 0;
    }

    static Optional<SponsorLevel> of(String name) {
        return Arrays.stream(values()).filter(level -> level.name().equals(name.strip())).findFirst();
    }
}
