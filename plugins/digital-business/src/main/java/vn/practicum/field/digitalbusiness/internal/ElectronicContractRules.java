package vn.practicum.field.digitalbusiness.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * When the practicum's electronic contract between the student and the host is valid (Law on Electronic
 * Transactions 2023, Law 20/2023/QH15: a contract may be made by data messages; a digital signature or a secure
 * specialised electronic signature has the value of a handwritten one, and a digital signature is valid only if its
 * certificate was valid when it signed):
 * <ul>
 *   <li>it has a number: 3 to 40 letters, digits, {@code / - .}, holding at least one digit;</li>
 *   <li>it was signed with a {@linkplain SignatureType#isSecure() secure} signature: no OTP clicks, no scanned
 *       signatures;</li>
 *   <li>both parties signed, on real days, no later than the day the contract must be signed by (the placement's
 *       first day: nobody works without a contract);</li>
 *   <li>for a secure signature: the host signer's certificate has a hexadecimal serial number, 8 to 40 digits, and
 *       was still valid on the day the host signed (valid until that very day is enough).</li>
 * </ul>
 * Every problem is reported.
 */
public class ElectronicContractRules {

    static final LocalizedText LABEL = LocalizedText.of("Hợp đồng thực tập điện tử", "Electronic practicum contract");
    static final Pattern CONTRACT_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final Pattern CERTIFICATE_SERIAL = Pattern.compile("[0-9A-Fa-f]{8,40}");

    /**
     * The problems of the contract, in order; empty when it is valid.
     *
     * @param signedBy the day by which both parties must have signed, usually the placement's first day
     */
    public List<LocalizedText> problems(ElectronicContract contract, LocalDate signedBy) {
        Objects.requireNonNull(signedBy, "signedBy");
        List<LocalizedText> problems = new ArrayList<>();

        String number = contract.number();
        if (Problems.isBlank(number)) {
            problems.add(problem("thiếu số hợp đồng", "the contract number is missing"));
        } else if (!CONTRACT_NUMBER.matcher(number.strip()).matches()) {
            problems.add(problem(
                    "số hợp đồng " + Problems.echo(number) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the contract number " + Problems.echo(number) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }

        SignatureType type = null;
        if (Problems.isBlank(contract.signatureType())) {
            problems.add(problem("thiếu hình thức ký", "the way it was signed is missing"));
        } else {
            type = SignatureType.of(contract.signatureType()).orElse(null);
            if (type == null) {
                problems.add(problem("hình thức ký " + Problems.echo(contract.signatureType()) + " không xác định",
                        "the way it was signed " + Problems.echo(contract.signatureType()) + " is unknown"));
            } else if (!type.isSecure()) {
                problems.add(problem("ký bằng " + type.label().vi()
                                + ": không phải chữ ký số hoặc chữ ký điện tử chuyên dùng bảo đảm an toàn nên không có giá trị như chữ ký tay"
                                + " (Luật Giao dịch điện tử 2023); cần ký lại bằng chữ ký số",
                        "signed with " + type.label().en()
                                + ": not a digital signature or a secure specialised electronic signature, so it does not count as a"
                                + " handwritten signature (Law on Electronic Transactions 2023); sign again with a digital signature"));
            }
        }

        LocalDate hostSignedOn = signingDay(contract.hostSignedOn(), "đơn vị tiếp nhận", "the host", signedBy, problems);
        signingDay(contract.studentSignedOn(), "sinh viên", "the student", signedBy, problems);

        if (type != null && type.isSecure()) {
            String serial = contract.certificateSerial();
            if (Problems.isBlank(serial)) {
                problems.add(problem("thiếu số hiệu chứng thư chữ ký của đơn vị tiếp nhận",
                        "the serial number of the host signer's certificate is missing"));
            } else if (!CERTIFICATE_SERIAL.matcher(serial.strip()).matches()) {
                problems.add(problem("số hiệu chứng thư " + Problems.echo(serial) + " không hợp lệ (8–40 chữ số hệ 16: 0–9, A–F)",
                        "the certificate serial " + Problems.echo(serial) + " is not valid (8–40 hexadecimal digits: 0–9, A–F)"));
            }
            LocalDate validUntil = CalendarDays.required(LABEL, contract.certificateValidUntil(), "ngày hết hạn chứng thư",
                    "the certificate's valid-until date", problems);
            if (validUntil != null && hostSignedOn != null && validUntil.isBefore(hostSignedOn)) {
                problems.add(problem("chứng thư hết hạn ngày " + validUntil + ", trước khi đơn vị tiếp nhận ký ngày " + hostSignedOn
                                + ": chữ ký không hợp lệ",
                        "the certificate expired on " + validUntil + ", before the host signed on " + hostSignedOn
                                + ": the signature is not valid"));
            }
        }
        return problems;
    }

    private static LocalDate signingDay(String text, String partyVi, String partyEn, LocalDate signedBy,
                                        List<LocalizedText> problems) {
        LocalDate day = CalendarDays.required(LABEL, text, "ngày ký của " + partyVi, "the day " + partyEn + " signed", problems);
        if (day != null && day.isAfter(signedBy)) {
            problems.add(problem(partyVi + " ký ngày " + day + ", sau ngày bắt đầu thực tập " + signedBy
                            + ": hợp đồng phải được ký trước khi bắt đầu làm việc",
                    partyEn + " signed on " + day + ", after the placement starts on " + signedBy
                            + ": the contract must be signed before work starts"));
        }
        return day;
    }

    private static LocalizedText problem(String vi, String en) {
        return Problems.about(LABEL, vi, en);
    }
}
