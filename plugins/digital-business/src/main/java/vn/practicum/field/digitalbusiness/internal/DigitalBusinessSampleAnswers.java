package vn.practicum.field.digitalbusiness.internal;

import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_AGREEMENT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_DATASETS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_LEVEL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_PURPOSE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DATA_ACCESS_UNTIL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DELIVERABLES_COMMENT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.DELIVERABLES_DECISION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_HOST_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_NUMBER;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_SIGNATURE_TYPE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.E_CONTRACT_STUDENT_SIGNED_ON;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI1_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_BASELINE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_TARGET;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI2_UNIT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_DATA_SOURCE;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.KPI_DASHBOARD_REFRESH;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_INCLUDED;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PERSONAL_DATA_SAFEGUARDS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_IMPROVEMENTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_LINK;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NAME;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_NOTATION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_PAIN_POINTS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.PROCESS_MAP_STEP_COUNT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SCORE_BUSINESS_IMPACT;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SCORE_DATA_ANALYSIS;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SCORE_STAKEHOLDER_COMMUNICATION;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_SERIAL;
import static vn.practicum.field.digitalbusiness.DigitalBusinessVariables.SIGNING_CERTIFICATE_VALID_UNTIL;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent digital-business student and host: an e-contract signed today with digital signatures, read-only access
 * to sales data until the placement's last day (placements of the demo and end-to-end runs start on the first of
 * next month and last three months), an order-to-cash process map and a sales KPI dashboard accepted by the mentor.
 */
public final class DigitalBusinessSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        LocalDate placementStart = today.plusMonths(1).withDayOfMonth(1);
        String code = studentId.toUpperCase(Locale.ROOT);
        switch (taskKey) {
            case "Task_SubmitElectronicContract" -> {
                E_CONTRACT_NUMBER.putIn(v, "HDTT-2026-" + code);
                E_CONTRACT_SIGNATURE_TYPE.putIn(v, SignatureType.DIGITAL_SIGNATURE.name());
                E_CONTRACT_HOST_SIGNED_ON.putIn(v, today.toString());
                E_CONTRACT_STUDENT_SIGNED_ON.putIn(v, today.toString());
                SIGNING_CERTIFICATE_SERIAL.putIn(v, "5401010" + (1000 + spread) + "A1B2C3D4");
                SIGNING_CERTIFICATE_VALID_UNTIL.putIn(v, today.plusYears(2).toString());
            }
            case "Task_SignDataAccessAgreement" -> {
                DATA_ACCESS_AGREEMENT_NUMBER.putIn(v, "TTDL-2026-" + code);
                DATA_ACCESS_PURPOSE.putIn(v, "Phân tích quy trình bán hàng và xây dựng bảng điều khiển KPI");
                DATA_ACCESS_DATASETS.putIn(v, "Dữ liệu đơn hàng và doanh thu 24 tháng gần nhất (CRM, ERP)");
                DATA_ACCESS_LEVEL.putIn(v, AccessLevel.READ_ONLY.name());
                PERSONAL_DATA_INCLUDED.putIn(v, true);
                PERSONAL_DATA_SAFEGUARDS.putIn(v, "Che tên và số điện thoại khách hàng; truy cập qua tài khoản riêng, có nhật ký");
                DATA_ACCESS_UNTIL.putIn(v, placementStart.plusMonths(3).toString());
            }
            case "Task_SubmitProcessMap" -> {
                PROCESS_MAP_NAME.putIn(v, "Quy trình từ đơn hàng đến thu tiền (order to cash)");
                PROCESS_MAP_LINK.putIn(v, "https://docs.example.vn/quy-trinh/o2c-" + studentId.toLowerCase(Locale.ROOT));
                PROCESS_MAP_NOTATION.putIn(v, MapNotation.BPMN.name());
                PROCESS_MAP_STEP_COUNT.putIn(v, 14 + spread);
                PROCESS_MAP_PAIN_POINTS.putIn(v, "Nhập đơn thủ công hai lần; duyệt công nợ chờ trung bình 2 ngày");
                PROCESS_MAP_IMPROVEMENTS.putIn(v, "Đồng bộ đơn hàng từ sàn về ERP; duyệt công nợ tự động dưới hạn mức");
            }
            case "Task_SubmitKpiDashboard" -> {
                KPI_DASHBOARD_LINK.putIn(v, "https://bi.example.vn/dashboards/ban-hang-" + studentId.toLowerCase(Locale.ROOT));
                KPI_DASHBOARD_DATA_SOURCE.putIn(v, "ERP và CRM của đơn vị, cập nhật qua kết nối dữ liệu");
                KPI_DASHBOARD_REFRESH.putIn(v, RefreshFrequency.DAILY.name());
                KPI1_NAME.putIn(v, "Thời gian từ đặt hàng đến giao hàng");
                KPI1_UNIT.putIn(v, "ngày");
                KPI1_BASELINE.putIn(v, 4.5);
                KPI1_TARGET.putIn(v, 3.0);
                KPI2_NAME.putIn(v, "Tỷ lệ đơn hàng phải nhập lại");
                KPI2_UNIT.putIn(v, "%");
                KPI2_BASELINE.putIn(v, 12);
                KPI2_TARGET.putIn(v, 2);
            }
            case "Task_ConfirmDeliverables" -> {
                DELIVERABLES_DECISION.putIn(v, "ACCEPT");
                DELIVERABLES_COMMENT.putIn(v, "Đơn vị đã dùng bảng điều khiển trong giao ban tuần");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_BUSINESS_IMPACT.putIn(v, 7.5 + spread * 0.5);
                SCORE_DATA_ANALYSIS.putIn(v, 7.0 + spread * 0.8);
                SCORE_STAKEHOLDER_COMMUNICATION.putIn(v, 8.0);
                FINAL_EVALUATION_COMMENT.putIn(v, "Phân tích quy trình chắc chắn, bảng KPI được đơn vị sử dụng");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
