package vn.practicum.field.digitalbusiness.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.spi.LocalizedText;

class ElectronicContractRulesTest {

    static final LocalDate START = LocalDate.of(2026, 2, 1);

    final ElectronicContractRules rules = new ElectronicContractRules();

    @ParameterizedTest
    @ValueSource(strings = {"DIGITAL_SIGNATURE", "SECURE_SPECIALISED_SIGNATURE", "digital_signature"})
    void secureSignatures_areAccepted(String type) {
        assertThat(rules.problems(contract(type, "2026-01-22", "2026-01-23", "2027-06-30"), START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OTP_CONFIRMATION", "SCANNED_SIGNATURE"})
    void otherElectronicSignatures_areRefused_andTheirCertificateIsNotAsked(String type) {
        ElectronicContract contract = new ElectronicContract("HDTT-2026/0117", type, "2026-01-22", "2026-01-23", null, null);

        assertThat(rules.problems(contract, START)).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).contains("không phải chữ ký số", "Luật Giao dịch điện tử 2023");
            assertThat(problem.en()).contains("does not count as a handwritten signature", "sign again with a digital signature");
        });
    }

    @Test
    void anUnknownWayOfSigning_isRefused() {
        assertThat(rules.problems(contract("WET_INK", "2026-01-22", "2026-01-23", "2027-06-30"), START))
                .extracting(LocalizedText::en).containsExactly("Electronic practicum contract: the way it was signed 'WET_INK' is unknown");
    }

    @Test
    void signingOnThePlacementsFirstDay_isInTime_theDayAfterIsNot() {
        assertThat(rules.problems(contract("DIGITAL_SIGNATURE", "2026-02-01", "2026-02-01", "2027-06-30"), START)).isEmpty();
        assertThat(rules.problems(contract("DIGITAL_SIGNATURE", "2026-02-02", "2026-02-01", "2027-06-30"), START))
                .extracting(LocalizedText::en).containsExactly("Electronic practicum contract: the host signed on 2026-02-02,"
                        + " after the placement starts on 2026-02-01: the contract must be signed before work starts");
    }

    @Test
    void aCertificateValidUntilTheSigningDay_isEnough_theDayBeforeIsNot() {
        assertThat(rules.problems(contract("DIGITAL_SIGNATURE", "2026-01-22", "2026-01-23", "2026-01-22"), START)).isEmpty();
        assertThat(rules.problems(contract("DIGITAL_SIGNATURE", "2026-01-22", "2026-01-23", "2026-01-21"), START))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).isEqualTo("Hợp đồng thực tập điện tử: chứng thư hết hạn ngày 2026-01-21, trước khi"
                            + " đơn vị tiếp nhận ký ngày 2026-01-22: chữ ký không hợp lệ");
                    assertThat(problem.en()).isEqualTo("Electronic practicum contract: the certificate expired on 2026-01-21,"
                            + " before the host signed on 2026-01-22: the signature is not valid");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"540101019A3F7C2E", "12345678", "abcdef0123456789abcdef0123456789abcdef01"})
    void hexadecimalSerials_areAccepted(String serial) {
        assertThat(rules.problems(new ElectronicContract("HDTT-2026/0117", "DIGITAL_SIGNATURE", "2026-01-22", "2026-01-23",
                serial, "2027-06-30"), START)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "54-01-01", "G1234567", "abcdef0123456789abcdef0123456789abcdef012"})
    void otherSerials_areRefused(String serial) {
        assertThat(rules.problems(new ElectronicContract("HDTT-2026/0117", "DIGITAL_SIGNATURE", "2026-01-22", "2026-01-23",
                serial, "2027-06-30"), START)).singleElement().extracting(LocalizedText::en).asString()
                .contains("8–40 hexadecimal digits");
    }

    @Test
    void nothingEntered_listsEverything_inOrder() {
        assertThat(rules.problems(new ElectronicContract(null, null, null, " ", null, null), START))
                .extracting(LocalizedText::en).containsExactly(
                        "Electronic practicum contract: the contract number is missing",
                        "Electronic practicum contract: the way it was signed is missing",
                        "Electronic practicum contract: the day the host signed is missing",
                        "Electronic practicum contract: the day the student signed is missing");
    }

    @Test
    void aSecureSignatureWithoutItsCertificate_namesBoth() {
        assertThat(rules.problems(new ElectronicContract("HDTT-2026/0117", "SECURE_SPECIALISED_SIGNATURE", "2026-01-22",
                "2026-01-23", "", "30/06/2027"), START)).extracting(LocalizedText::en).containsExactly(
                        "Electronic practicum contract: the serial number of the host signer's certificate is missing",
                        "Electronic practicum contract: the certificate's valid-until date '30/06/2027' is not a valid date in"
                                + " the format yyyy-MM-dd");
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "HDTT", "/1/2026", "HD 2026"})
    void contractNumbersInNoSaneFormat_areRefused(String number) {
        assertThat(rules.problems(new ElectronicContract(number, "DIGITAL_SIGNATURE", "2026-01-22", "2026-01-23",
                "540101019A3F7C2E", "2027-06-30"), START)).singleElement().extracting(LocalizedText::en).asString()
                .contains("is not valid");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HDTT-2026/0117", "A12", "??", "AB", "HDTT", "/1/2026", "HD 2026", "1234567890123456789012345678901234567890X"})
    void theFormsPatterns_acceptExactlyWhatTheRulesAccept(String text) throws Exception {
        com.fasterxml.jackson.databind.JsonNode components;
        try (var form = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/digital-business/digital-business-submit-electronic-contract.form")) {
            components = new com.fasterxml.jackson.databind.ObjectMapper().readTree(form).path("components");
        }
        String numberPattern = components.findValues("pattern").get(0).asText();
        String serialPattern = components.findValues("pattern").get(1).asText();

        assertThat(java.util.regex.Pattern.compile(numberPattern).matcher(text).matches())
                .isEqualTo(ElectronicContractRules.CONTRACT_NUMBER.matcher(text).matches());
        assertThat(java.util.regex.Pattern.compile(serialPattern).matcher(text).matches())
                .isEqualTo(ElectronicContractRules.CERTIFICATE_SERIAL.matcher(text).matches());
    }

    private static ElectronicContract contract(String type, String hostSignedOn, String studentSignedOn, String validUntil) {
        return new ElectronicContract("HDTT-2026/0117", type, hostSignedOn, studentSignedOn, "540101019A3F7C2E", validUntil);
    }
}
