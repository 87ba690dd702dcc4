package vn.practicum.field.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.LocalizedText;

class TaxCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"0100107518", "0101248141", "0100109106", "0300588569", "0101248141-001", " 0300588569 "})
    void publishedTaxCodesOfWellKnownCompanies_andTheirBranches_areAccepted(String taxCode) {
        assertThat(TaxCode.problem(taxCode)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0100107519", "0101248140", "1100109106", "0300588596"})
    void aMistypedDigit_orTwoSwapped_failTheCheckDigit(String taxCode) {
        assertThat(TaxCode.problem(taxCode)).get().extracting(LocalizedText::en).asString()
                .contains("fails its check digit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"010124814", "01012481411", "0101248141-01", "0101248141001", "MST0101248141", "0101 248 141", "079203001234"})
    void anythingButTenDigitsAndABranch_isNotATaxCode(String taxCode) {
        assertThat(TaxCode.problem(taxCode)).get().extracting(LocalizedText::en).asString()
                .contains("is not valid (10 digits, or 10 digits, '-' and a 3-digit branch number)");
    }

    @Test
    void branchZero_doesNotExist() {
        assertThat(TaxCode.problem("0101248141-000")).get().extracting(LocalizedText::en)
                .isEqualTo("there is no branch number 000 (001 to 999)");
    }

    @Test
    void sampleDataGetsItsCheckDigit() {
        assertThat(TaxCode.withCheckDigit("010124814")).isEqualTo("0101248141");
        assertThat(TaxCode.problem(ECommerceSampleAnswers.SAMPLE_TAX_CODE)).isEmpty();
    }

    @Test
    void nineDigitsWhoseSumLeavesNoRemainder_haveNoCheckDigit() {
        // 0,0,0,0,0,0,0,0,0 weigh 0: 0 mod 11 = 0 would need the digit 10
        assertThatThrownBy(() -> TaxCode.withCheckDigit("000000000")).isInstanceOf(IllegalArgumentException.class);
        assertThat(TaxCode.problem("0000000000")).isPresent();
    }
}
