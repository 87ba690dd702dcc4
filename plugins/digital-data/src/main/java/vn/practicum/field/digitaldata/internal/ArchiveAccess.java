package vn.practicum.field.digitaldata.internal;

/**
 * The access the host means to grant the student to its archive, as its HR entered it.
 *
 * @param fonds                   the archive fonds or collection
 * @param scope                   which series, boxes or systems of it
 * @param highestClassification   a {@link DataClassification} name: the most sensitive records in that scope
 * @param supervised              the student works under one of the host's archivists
 * @param confidentialitySigned   the student signed the host's confidentiality commitment
 * @param confidentialitySignedOn the day it was signed, {@code yyyy-MM-dd}
 */
public record ArchiveAccess(String fonds, String scope, String highestClassification, Boolean supervised,
                            Boolean confidentialitySigned, String confidentialitySignedOn) {
}
