package vn.practicum.field.digitalbusiness.internal;

/**
 * The practicum's electronic contract as the student typed it: nothing is parsed yet, so that every problem can
 * be reported.
 *
 * @param number                the contract's number in the host's e-contract system
 * @param signatureType         how it was signed: a {@link SignatureType} name (as typed)
 * @param hostSignedOn          the day the host signed, {@code yyyy-MM-dd}
 * @param studentSignedOn       the day the student signed, {@code yyyy-MM-dd}
 * @param certificateSerial     serial number of the host signer's certificate, hexadecimal
 * @param certificateValidUntil the last day that certificate is valid, {@code yyyy-MM-dd}
 */
public record ElectronicContract(String number, String signatureType, String hostSignedOn, String studentSignedOn,
                                 String certificateSerial, String certificateValidUntil) {
}
