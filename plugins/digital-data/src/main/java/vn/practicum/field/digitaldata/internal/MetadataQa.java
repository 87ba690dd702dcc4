package vn.practicum.field.digitaldata.internal;

/**
 * The mentor's quality check of a sample of the batch's metadata records, as entered.
 *
 * @param sampleSize records checked
 * @param errors     records of the sample with at least one error
 * @param attested   the mentor attests the sample was checked field by field against the originals
 * @param population the batch's metadata records, the sample's population
 */
public record MetadataQa(Number sampleSize, Number errors, Boolean attested, Number population) {
}
