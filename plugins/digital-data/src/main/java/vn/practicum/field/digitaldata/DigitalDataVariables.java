package vn.practicum.field.digitaldata;

import java.util.Date;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.lifecycle.ProcessVariable;

/**
 * The variables of the digital-data fragments: names and types in one place. The lifecycle's own variables
 * ({@code studentId}, {@code placementStart}, ...) are in {@link PracticumVariables}; these come from the fragments'
 * forms and checks and travel back to the calling stage, which takes whatever a fragment created or changed ({@link
 * vn.practicum.engine.lifecycle.LifecycleVariableMapping}). None of them is a
 * lifecycle variable: the mentoring fragment runs beside the logbooks and must not overwrite theirs.
 *
 * <p>Dates typed by users are Camunda Forms date fields: a String {@code yyyy-MM-dd}. Numbers typed by users are
 * Camunda Forms number fields: Integer, Long or Double, read as {@link Number}.
 */
public final class DigitalDataVariables {

    private DigitalDataVariables() {
    }

    // placement: the student's two trainings (Task_SubmitTrainingRecords)
    public static final ProcessVariable<String> DATA_CLASSIFICATION_CERTIFICATE_NUMBER =
            ProcessVariable.of("dataClassificationCertificateNumber", String.class);
    public static final ProcessVariable<String> DATA_CLASSIFICATION_ISSUER =
            ProcessVariable.of("dataClassificationIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> DATA_CLASSIFICATION_COMPLETED_ON =
            ProcessVariable.of("dataClassificationCompletedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> DATA_CLASSIFICATION_VALID_UNTIL =
            ProcessVariable.of("dataClassificationValidUntil", String.class);
    public static final ProcessVariable<String> ARCHIVE_TRAINING_CERTIFICATE_NUMBER =
            ProcessVariable.of("archiveTrainingCertificateNumber", String.class);
    public static final ProcessVariable<String> ARCHIVE_TRAINING_ISSUER = ProcessVariable.of("archiveTrainingIssuer", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> ARCHIVE_TRAINING_COMPLETED_ON =
            ProcessVariable.of("archiveTrainingCompletedOn", String.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> ARCHIVE_TRAINING_VALID_UNTIL =
            ProcessVariable.of("archiveTrainingValidUntil", String.class);
    /** Every problem the training check found, one per line ("Vietnamese / English"); removed when all is valid. */
    public static final ProcessVariable<String> TRAINING_PROBLEM = ProcessVariable.of("trainingProblem", String.class);
    /**
     * Input parameter of ServiceTask_VerifyTrainingRecords: the day the trainings must be completed by and still
     * valid on. Defaults to {@code placementStart} when the task has no such input.
     */
    public static final ProcessVariable<Date> TRAINING_VALID_ON = ProcessVariable.of("trainingValidOn", Date.class);

    // placement: the host authorises the student's access to its archive (Task_AuthoriseArchiveAccess)
    /** The archive fonds or collection the student will work on. */
    public static final ProcessVariable<String> ARCHIVE_FONDS = ProcessVariable.of("archiveFonds", String.class);
    /** Which series, boxes or systems of it. */
    public static final ProcessVariable<String> ARCHIVE_ACCESS_SCOPE = ProcessVariable.of("archiveAccessScope", String.class);
    /** A {@code DataClassification} name: the most sensitive data in that scope. */
    public static final ProcessVariable<String> HIGHEST_DATA_CLASSIFICATION =
            ProcessVariable.of("highestDataClassification", String.class);
    /** The student works under the supervision of one of the host's archivists. */
    public static final ProcessVariable<Boolean> SUPERVISED_ACCESS = ProcessVariable.of("supervisedAccess", Boolean.class);
    public static final ProcessVariable<Boolean> CONFIDENTIALITY_SIGNED = ProcessVariable.of("confidentialitySigned", Boolean.class);
    /** {@code yyyy-MM-dd}. */
    public static final ProcessVariable<String> CONFIDENTIALITY_SIGNED_ON = ProcessVariable.of("confidentialitySignedOn", String.class);
    /** Why the access cannot be granted as entered, one problem per line; removed when it can. */
    public static final ProcessVariable<String> ARCHIVE_ACCESS_PROBLEM = ProcessVariable.of("archiveAccessProblem", String.class);
    /**
     * Input parameter of ServiceTask_CheckArchiveAccess: the most sensitive {@code DataClassification} a student may
     * handle at this host, such as "IMPORTANT_DATA". No input means IMPORTANT_DATA.
     */
    public static final ProcessVariable<String> MAXIMUM_DATA_CLASSIFICATION =
            ProcessVariable.of("maximumDataClassification", String.class);

    // mentoring: the digitisation batch (Task_SubmitDigitisationBatch)
    public static final ProcessVariable<String> BATCH_CODE = ProcessVariable.of("batchCode", String.class);
    /** Archive files (hồ sơ) or documents in the batch, a whole number. */
    public static final ProcessVariable<Number> BATCH_FILE_COUNT = ProcessVariable.of("batchFileCount", Number.class);
    /** Paper pages of those files, a whole number. */
    public static final ProcessVariable<Number> BATCH_PAGE_COUNT = ProcessVariable.of("batchPageCount", Number.class);
    /** Page images produced, a whole number. */
    public static final ProcessVariable<Number> BATCH_IMAGE_COUNT = ProcessVariable.of("batchImageCount", Number.class);
    /** Files described by a complete metadata record, a whole number. */
    public static final ProcessVariable<Number> BATCH_METADATA_RECORD_COUNT =
            ProcessVariable.of("batchMetadataRecordCount", Number.class);
    /** A {@code DigitisationStandard.FileFormat} name: PDF_A, PDF, TIFF or JPEG. */
    public static final ProcessVariable<String> BATCH_FILE_FORMAT = ProcessVariable.of("batchFileFormat", String.class);
    public static final ProcessVariable<Number> BATCH_RESOLUTION_DPI = ProcessVariable.of("batchResolutionDpi", Number.class);
    /** COLOUR, GREYSCALE or BLACK_AND_WHITE. */
    public static final ProcessVariable<String> BATCH_COLOUR_MODE = ProcessVariable.of("batchColourMode", String.class);
    /** SHA_256, SHA_512, MD5 or NONE: how every file's fixity is recorded in the manifest. */
    public static final ProcessVariable<String> BATCH_CHECKSUM_ALGORITHM = ProcessVariable.of("batchChecksumAlgorithm", String.class);
    /** Where the batch's manifest (files, checksums, metadata) is stored. */
    public static final ProcessVariable<String> BATCH_MANIFEST_REFERENCE = ProcessVariable.of("batchManifestReference", String.class);
    /** The batch's problems (technical check or failed metadata QA), one per line; removed when it conforms. */
    public static final ProcessVariable<String> BATCH_PROBLEM = ProcessVariable.of("batchProblem", String.class);

    // mentoring: the mentor's metadata QA on a sample (Task_ReviewBatchMetadata)
    /** Metadata records the mentor checked, a whole number. */
    public static final ProcessVariable<Number> METADATA_QA_SAMPLE_SIZE = ProcessVariable.of("metadataQaSampleSize", Number.class);
    /** Records of the sample with at least one error, a whole number. */
    public static final ProcessVariable<Number> METADATA_QA_ERRORS = ProcessVariable.of("metadataQaErrors", Number.class);
    /** The mentor attests the sample was checked field by field against the originals. */
    public static final ProcessVariable<Boolean> METADATA_QA_ATTESTED = ProcessVariable.of("metadataQaAttested", Boolean.class);
    public static final ProcessVariable<String> METADATA_QA_COMMENT = ProcessVariable.of("metadataQaComment", String.class);
    /** Why the QA entry cannot be used (sample too small, more errors than records), for the mentor; removed when usable. */
    public static final ProcessVariable<String> METADATA_QA_SAMPLE_PROBLEM =
            ProcessVariable.of("metadataQaSampleProblem", String.class);
    /** Records in error per record checked, in percent, two decimals; set by the QA evaluation. */
    public static final ProcessVariable<Double> METADATA_ERROR_RATE = ProcessVariable.of("metadataErrorRate", Double.class);
    /** Input parameter of ServiceTask_EvaluateMetadataQa: the smallest sample, percent of the batch's records ("10"). */
    public static final ProcessVariable<String> MINIMUM_SAMPLE_PERCENT = ProcessVariable.of("minimumSamplePercent", String.class);
    /** Input parameter of ServiceTask_EvaluateMetadataQa: the highest acceptable error rate, percent ("2"). */
    public static final ProcessVariable<String> MAXIMUM_ERROR_RATE_PERCENT =
            ProcessVariable.of("maximumErrorRatePercent", String.class);

    // assessment: the mentor's final evaluation by the digital-data rubric (Task_FinalEvaluation), 0 to 10 each
    public static final ProcessVariable<Double> SCORE_DATA_QUALITY = ProcessVariable.of("score_dataQuality", Double.class);
    public static final ProcessVariable<Double> SCORE_DATA_INTEGRITY = ProcessVariable.of("score_dataIntegrity", Double.class);
    public static final ProcessVariable<Double> SCORE_ARCHIVAL_PRACTICE = ProcessVariable.of("score_archivalPractice", Double.class);
    public static final ProcessVariable<String> FINAL_EVALUATION_COMMENT = ProcessVariable.of("finalEvaluationComment", String.class);
    /**
     * Set by {@code practicum-assessment} when {@code rubricScoring} refused the scores (Error_InvalidScores) and the
     * evaluation is asked again; shown read-only on the final-evaluation form.
     */
    public static final ProcessVariable<String> SCORING_PROBLEM = PracticumVariables.SCORING_PROBLEM;
}
