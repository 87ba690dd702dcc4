package vn.practicum.webapp.demo;

import static vn.practicum.processes.simulation.SimulationTarget.escalatedReview;
import static vn.practicum.processes.simulation.SimulationTarget.finished;
import static vn.practicum.processes.simulation.SimulationTarget.waitIn;
import static vn.practicum.processes.simulation.SimulationTarget.withdrawnAt;

import java.util.List;

/**
 * The demo cohort: two schools, four hosts (one a commune People's Committee, one a port), their staff,
 * and thirty students of the ten fields — information technology the most — left at every stage of
 * the lifecycle.
 */
final class DemoCohort {

    private DemoCohort() {
    }

    /** Passes Camunda's password policy (10+ characters, upper and lower case, digit, special character). */
    static final String PASSWORD = "Demo@2026!";
    // the ten fields; information technology, the FPT–Quảng Ninh reference case, has the most students
    static final String IT = "information-technology";
    static final String TOURISM = "tourism";
    static final String PORT = "port-operations";
    static final String GREEN = "green-certification";
    static final String DIGIBIZ = "digital-business";
    static final String FINTECH = "fintech";
    static final String VOCDT = "vocational-digital-transformation";
    static final String DATA = "digital-data";
    static final String STRATEGY = "strategic-management";
    static final String ECOM = "e-commerce";

    static final List<DemoParty> SCHOOLS = List.of(
            new DemoParty("hust", "Đại học Bách khoa Hà Nội", "Hanoi University of Science and Technology", "Hà Nội"),
            new DemoParty("fpt", "Cao đẳng FPT Polytechnic Quảng Ninh", "FPT Polytechnic College, Quảng Ninh", "Quảng Ninh"));

    static final List<DemoParty> HOSTS = List.of(
            new DemoParty("vnpt", "VNPT Quảng Ninh", "VNPT Quảng Ninh", "Quảng Ninh"),
            new DemoParty("fsoft", "Công ty TNHH Phần mềm FPT (FPT Software)", "FPT Software Company Limited", "Hà Nội"),
            new DemoParty("tienyen", "Ủy ban nhân dân xã Tiên Yên", "Tiên Yên Commune People's Committee", "Quảng Ninh"),
            new DemoParty("cailan", "Công ty Cổ phần Cảng Quảng Ninh (cảng Cái Lân)", "Quảng Ninh Port JSC (Cái Lân port)", "Quảng Ninh"));

    static final List<DemoStudent> STUDENTS = List.of(
            new DemoStudent("hust-001", IT, "Nguyễn Văn", "An", "hust", "vnpt", 120, waitIn("Task_ReviewLogbook")),
            new DemoStudent("hust-002", FINTECH, "Trần Thị", "Bình", "hust", "fsoft", 118, waitIn("Task_ReviewLogbook")),
            new DemoStudent("hust-003", TOURISM, "Lê Hoàng", "Cường", "hust", null, 112, waitIn("Task_ApproveEnrolment")),
            new DemoStudent("hust-004", IT, "Phạm Thị", "Dung", "hust", null, 125, waitIn("Task_ApproveEnrolment")),
            new DemoStudent("hust-005", GREEN, "Hoàng Minh", "Đức", "hust", null, 110, waitIn("Task_RecordConsent")),
            new DemoStudent("hust-006", IT, "Vũ Thị", "Giang", "hust", null, 72, finished()),
            new DemoStudent("hust-007", ECOM, "Đặng Quốc", "Hải", "hust", null, 130, waitIn("Task_SubmitPreferences")),
            new DemoStudent("hust-008", STRATEGY, "Bùi Thị", "Hạnh", "hust", null, 121, waitIn("Task_ProposeHost")),
            new DemoStudent("hust-009", DATA, "Đỗ Văn", "Hùng", "hust", "tienyen", 119, waitIn("Task_ReviewCandidate")),
            new DemoStudent("hust-010", IT, "Hồ Thị", "Lan", "hust", "vnpt", 116, waitIn("Task_SubmitTrainingCertificates")),
            new DemoStudent("hust-011", DIGIBIZ, "Ngô Đức", "Mạnh", "hust", "fsoft", 124, waitIn("Task_MidtermEvaluation")),
            new DemoStudent("hust-012", VOCDT, "Dương Thị", "Ngọc", "hust", "tienyen", 127, waitIn("Task_GradeReport")),
            new DemoStudent("hust-013", IT, "Lý Văn", "Phúc", "hust", "vnpt", 133, finished()),
            new DemoStudent("hust-014", ECOM, "Trịnh Thị", "Quỳnh", "hust", "fsoft", 117, withdrawnAt("Task_SubmitLogbook")),
            new DemoStudent("hust-015", TOURISM, "Mai Văn", "Sơn", "hust", "tienyen", 122, waitIn("Task_SiteVisit")),
            new DemoStudent("fpt-001", IT, "Nguyễn Thị", "Thảo", "fpt", "tienyen", 115, waitIn("Task_ReviewLogbook")),
            new DemoStudent("fpt-002", DIGIBIZ, "Phan Văn", "Thắng", "fpt", "vnpt", 111, waitIn("Task_ReviewLogbook")),
            new DemoStudent("fpt-003", PORT, "Vương Thị", "Trang", "fpt", null, 108, waitIn("Task_ApproveEnrolment")),
            new DemoStudent("fpt-004", IT, "Tạ Quang", "Trung", "fpt", "fsoft", 114, waitIn("Task_AcceptOffer")),
            new DemoStudent("fpt-005", FINTECH, "Lương Thị", "Uyên", "fpt", "vnpt", 120, waitIn("Task_SignAgreementSchool")),
            new DemoStudent("fpt-006", IT, "Đinh Văn", "Việt", "fpt", "tienyen", 109, waitIn("Task_SignNdaAndAccessRights")),
            new DemoStudent("fpt-007", STRATEGY, "Cao Thị", "Xuân", "fpt", "fsoft", 126, waitIn("Task_AssignMentor")),
            new DemoStudent("fpt-008", IT, "Kiều Văn", "Yên", "fpt", "vnpt", 113, waitIn("Task_ReviewSecurityDossier")),
            new DemoStudent("fpt-009", IT, "Lâm Thị", "Ánh", "fpt", "tienyen", 118, waitIn("Task_FinalEvaluation")),
            new DemoStudent("fpt-010", ECOM, "Triệu Văn", "Bảo", "fpt", "fsoft", 131, finished()),
            new DemoStudent("fpt-011", IT, "Quách Thị", "Châu", "fpt", "vnpt", 123, waitIn("Task_RecognizeCredits")),
            new DemoStudent("fpt-012", DATA, "Hà Minh", "Duy", "fpt", "tienyen", 117, escalatedReview()),
            new DemoStudent("fpt-013", PORT, "Tôn Nữ", "Hương", "fpt", "cailan", 110, waitIn("Task_SubmitLogbook")),
            new DemoStudent("fpt-014", TOURISM, "Âu Văn", "Khoa", "fpt", "tienyen", 112, withdrawnAt("Task_ReviewCandidate")),
            new DemoStudent("fpt-015", PORT, "Khúc Thị", "Linh", "fpt", "vnpt", 85, finished()));
}
