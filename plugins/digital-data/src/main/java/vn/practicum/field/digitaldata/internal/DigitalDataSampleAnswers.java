package vn.practicum.field.digitaldata.internal;

import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_ACCESS_SCOPE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_FONDS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.ARCHIVE_TRAINING_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CHECKSUM_ALGORITHM;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_CODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_COLOUR_MODE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_FILE_FORMAT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_IMAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_MANIFEST_REFERENCE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_METADATA_RECORD_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_PAGE_COUNT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.BATCH_RESOLUTION_DPI;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.CONFIDENTIALITY_SIGNED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_CERTIFICATE_NUMBER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_COMPLETED_ON;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_ISSUER;
import static vn.practicum.field.digitaldata.DigitalDataVariables.DATA_CLASSIFICATION_VALID_UNTIL;
import static vn.practicum.field.digitaldata.DigitalDataVariables.FINAL_EVALUATION_COMMENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.HIGHEST_DATA_CLASSIFICATION;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ATTESTED;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_COMMENT;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_ERRORS;
import static vn.practicum.field.digitaldata.DigitalDataVariables.METADATA_QA_SAMPLE_SIZE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_ARCHIVAL_PRACTICE;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_DATA_INTEGRITY;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SCORE_DATA_QUALITY;
import static vn.practicum.field.digitaldata.DigitalDataVariables.SUPERVISED_ACCESS;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.practicum.engine.spi.SampleAnswers;

/**
 * A diligent digital-data student and host: trainings completed last month and valid for two years, access to a
 * commune archive's important (not core, not secret) records under an archivist's supervision, a 40-file batch
 * digitised to the standard, and a metadata QA sample with no error.
 */
public final class DigitalDataSampleAnswers implements SampleAnswers {

    @Override
    public Map<String, Object> answer(String taskKey, String studentId) {
        Map<String, Object> v = new HashMap<>();
        int spread = Math.floorMod(studentId.hashCode(), 4);
        LocalDate today = LocalDate.now();
        String code = studentId.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        switch (taskKey) {
            case "Task_SubmitTrainingRecords" -> {
                DATA_CLASSIFICATION_CERTIFICATE_NUMBER.putIn(v, "PLDL-2026-" + code);
                DATA_CLASSIFICATION_ISSUER.putIn(v, "Trung tâm Dữ liệu quốc gia");
                DATA_CLASSIFICATION_COMPLETED_ON.putIn(v, today.minusMonths(1).toString());
                DATA_CLASSIFICATION_VALID_UNTIL.putIn(v, today.plusYears(2).toString());
                ARCHIVE_TRAINING_CERTIFICATE_NUMBER.putIn(v, "NVLT-2026-" + code);
                ARCHIVE_TRAINING_ISSUER.putIn(v, "Trường Đại học Nội vụ Hà Nội");
                ARCHIVE_TRAINING_COMPLETED_ON.putIn(v, today.minusMonths(1).toString());
                ARCHIVE_TRAINING_VALID_UNTIL.putIn(v, today.plusYears(2).toString());
            }
            case "Task_AuthoriseArchiveAccess" -> {
                ARCHIVE_FONDS.putIn(v, "Phông lưu trữ Ủy ban nhân dân xã (dữ liệu mẫu)");
                ARCHIVE_ACCESS_SCOPE.putIn(v, "Mục lục hồ sơ hành chính 2015–2020, hộp 1–12, chỉ tại phòng số hóa");
                HIGHEST_DATA_CLASSIFICATION.putIn(v, DataClassification.IMPORTANT_DATA.name());
                SUPERVISED_ACCESS.putIn(v, true);
                CONFIDENTIALITY_SIGNED.putIn(v, true);
                CONFIDENTIALITY_SIGNED_ON.putIn(v, today.toString());
            }
            case "Task_SubmitDigitisationBatch" -> {
                BATCH_CODE.putIn(v, "LO-2026-" + code);
                BATCH_FILE_COUNT.putIn(v, 40);
                BATCH_PAGE_COUNT.putIn(v, 1_200 + spread * 40);
                BATCH_IMAGE_COUNT.putIn(v, 1_200 + spread * 40);
                BATCH_METADATA_RECORD_COUNT.putIn(v, 40);
                BATCH_FILE_FORMAT.putIn(v, DigitisationStandard.FileFormat.PDF_A.name());
                BATCH_RESOLUTION_DPI.putIn(v, 300);
                BATCH_COLOUR_MODE.putIn(v, DigitisationStandard.ColourMode.COLOUR.name());
                BATCH_CHECKSUM_ALGORITHM.putIn(v, DigitisationStandard.ChecksumAlgorithm.SHA_256.name());
                BATCH_MANIFEST_REFERENCE.putIn(v, "\\\\kho-so\\so-hoa\\LO-2026-" + code + "\\manifest-sha256.csv");
            }
            case "Task_ReviewBatchMetadata" -> {
                METADATA_QA_SAMPLE_SIZE.putIn(v, 10);
                METADATA_QA_ERRORS.putIn(v, 0);
                METADATA_QA_ATTESTED.putIn(v, true);
                METADATA_QA_COMMENT.putIn(v, "Siêu dữ liệu khớp bản gốc");
            }
            case "Task_FinalEvaluation" -> {
                SCORE_DATA_QUALITY.putIn(v, 7.0 + spread * 0.8);
                SCORE_DATA_INTEGRITY.putIn(v, 8.5);
                SCORE_ARCHIVAL_PRACTICE.putIn(v, 7.5 + spread * 0.5);
                FINAL_EVALUATION_COMMENT.putIn(v, "Lô số hóa đạt chuẩn, siêu dữ liệu chính xác");
            }
            default -> {
                return null;
            }
        }
        return v;
    }
}
