package vn.practicum.field.digitaldata.internal;

/**
 * A digitisation batch as the student described it: nothing is parsed yet, so that every problem can be reported.
 *
 * @param code              the batch's code
 * @param files             archive files (or documents) in the batch
 * @param pages             their paper pages
 * @param images            page images produced
 * @param metadataRecords   files described by a complete metadata record
 * @param fileFormat        a {@link DigitisationStandard.FileFormat} name
 * @param resolutionDpi     the page images' resolution
 * @param colourMode        a {@link DigitisationStandard.ColourMode} name
 * @param checksumAlgorithm a {@link DigitisationStandard.ChecksumAlgorithm} name
 * @param manifestReference where the manifest (files, checksums, metadata) is stored
 */
public record DigitisationBatch(String code, Number files, Number pages, Number images, Number metadataRecords,
                                String fileFormat, Number resolutionDpi, String colourMode, String checksumAlgorithm,
                                String manifestReference) {
}
