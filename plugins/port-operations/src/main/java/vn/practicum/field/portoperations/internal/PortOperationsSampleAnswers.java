package vn.practicum.field.portoperations.internal;

import static vn.practicum.field.portoperations.PortOperationsVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.HAND_OVER_COMMENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.HAND_OVER_SIGNED_OFF;
import static vn.practicum.field.portoperations.PortOperationsVariables.PORT_WORK_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ISSUED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.RESTRICTED_AREA_PASS_ZONE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_ISSUER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_NUMBER;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_CERTIFICATE_VALID_UNTIL;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SAFETY_TRAINING_GROUP;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_OPERATIONAL_ACCURACY;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_SAFETY_COMPLIANCE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SCORE_SHIFT_COMMUNICATION;
import static vn.practicum.field.portoperations.PortOperationsVariables.SECURITY_INDUCTION_COMPLETED_ON;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_AREA;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_DATE;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HAND_OVER_NOTES;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_HOURS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_OPERATIONS;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_SAFETY_INCIDENT;
import static vn.practicum.field.portoperations.PortOperationsVariables.SHIFT_START_TIME;
import static vn.practicum.field.portoperations.PortOperationsVariables.WORK_ASSIGNMENT;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent port-operations student and host: quay and yard work with a valid group-3 safety card, the port
 * facility's security induction and a restricted-area pass for the quays, and a shift log per shift, each signed
 * off. Dates suit a placement starting on the first day of next month (as in the end-to-end run).
 *
 * <p>Shift logs must be later than the last one signed off, so each answer to {@code Task_SubmitShiftLog} for a
 * student is the next shift: this object counts the logs it wrote per student (one instance serves a field).
 */
public final class PortOperationsSampleAnswers implements SampleAnswers {

    private final Map<String, AtomicInteger> shiftsLogged = new ConcurrentHashMap<>();

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate start = today.plusMonths(1).withDayOfMonth(1);
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_AssignPortWorkArea" -> {
                PORT_WORK_AREA.putIn(v, PortWorkArea.QUAY_AND_YARD.name());
                WORK_ASSIGNMENT.putIn(v, "Hỗ trợ điều độ bãi container và giám sát xếp dỡ tại cầu tàu số 3, ca 8 giờ");
            }
            case "Task_SubmitSafetyCertificate" -> {
                LocalDate trained = today.minusDays(10);
                SAFETY_TRAINING_GROUP.putIn(v, SafetyTrainingGroup.GROUP_3.code());
                SAFETY_CERTIFICATE_NUMBER.putIn(v, "N3-" + trained.getYear() + "-" + code);
                SAFETY_CERTIFICATE_ISSUER.putIn(v, "Trung tâm Huấn luyện an toàn lao động Hải Phòng");
                SAFETY_TRAINING_COMPLETED_ON.putIn(v, trained.toString());
                SAFETY_CERTIFICATE_VALID_UNTIL.putIn(v, trained.plusYears(2).toString());
            }
            case "Task_RecordSecurityInduction" -> {
                SECURITY_INDUCTION_COMPLETED_ON.putIn(v, today.toString());
                RESTRICTED_AREA_PASS_NUMBER.putIn(v, "KVHC-" + today.getYear() + "-" + code);
                RESTRICTED_AREA_PASS_ZONE.putIn(v, PassZone.QUAY_AND_YARD.name());
                RESTRICTED_AREA_PASS_ISSUED_ON.putIn(v, today.toString());
                RESTRICTED_AREA_PASS_VALID_UNTIL.putIn(v, start.plusMonths(4).toString());
            }
            case "Task_SubmitShiftLog" -> {
                int shift = shiftsLogged.computeIfAbsent(studentId, id -> new AtomicInteger()).getAndIncrement();
                SHIFT_DATE.putIn(v, start.plusDays(7L + 2L * shift).toString());
                SHIFT_START_TIME.putIn(v, shift % 2 == 0 ? "06:00" : "14:00");
                SHIFT_HOURS.putIn(v, 8);
                SHIFT_AREA.putIn(v, "Cầu tàu số 3, khu bãi B");
                SHIFT_OPERATIONS.putIn(v, "Theo dõi xếp dỡ tàu container, đối chiếu " + (180 + spread * 20) + " lượt nâng hạ với kế hoạch");
                SHIFT_SAFETY_INCIDENT.putIn(v, false);
                SHIFT_HAND_OVER_NOTES.putIn(v, "Còn 40 container chờ xếp lên tàu; cẩu QC2 đang bảo dưỡng; khu B2 trơn trượt do mưa");
            }
            case "Task_SignOffShiftHandOver" -> {
                HAND_OVER_SIGNED_OFF.putIn(v, true);
                HAND_OVER_COMMENT.putIn(v, "Bàn giao đầy đủ");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_SAFETY_COMPLIANCE.putIn(v, 8.0 + spread * 0.5);
                SCORE_OPERATIONAL_ACCURACY.putIn(v, 7.0 + spread * 0.6);
                SCORE_SHIFT_COMMUNICATION.putIn(v, 8.0);
                FINAL_EVALUATION_COMMENT.putIn(v, "Tuân thủ an toàn, ghi nhật ký ca chính xác, bàn giao rõ ràng");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
