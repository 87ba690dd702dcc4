package vn.practicum.field.ecommerce.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * A Vietnamese tax code of an organisation or household business, which is also its enterprise code: ten digits
 * whose last is a check digit, optionally followed by {@code -} and a three-digit branch number
 * ({@code 0101248141}, {@code 0101248141-001}).
 *
 * <p>The check digit: the first nine digits are weighted 31, 29, 23, 19, 17, 13, 7, 5, 3; the tenth digit is 10 minus
 * the weighted sum modulo 11 (a remainder of 0 would need the digit 10, so no valid code has it).
 */
public final class TaxCode {

    static final Pattern FORMAT = Pattern.compile("(\\d{10})(?:-(\\d{3}))?");
    private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

    private TaxCode() {
    }

    /** What is wrong with the tax code, if anything. */
    static Optional<LocalizedText> problem(String taxCode) {
        Matcher matcher = FORMAT.matcher(taxCode.strip());
        if (!matcher.matches()) {
            return Optional.of(LocalizedText.of(
                    "mã số thuế " + Problems.echo(taxCode) + " không đúng định dạng (10 chữ số, hoặc 10 chữ số, '-' và 3 chữ số của chi nhánh)",
                    "the tax code " + Problems.echo(taxCode) + " is not valid (10 digits, or 10 digits, '-' and a 3-digit branch number)"));
        }
        if (!hasValidCheckDigit(matcher.group(1))) {
            return Optional.of(LocalizedText.of(
                    "mã số thuế " + Problems.echo(taxCode) + " sai chữ số kiểm tra: kiểm tra lại từng chữ số",
                    "the tax code " + Problems.echo(taxCode) + " fails its check digit: check every digit"));
        }
        if ("000".equals(matcher.group(2))) {
            return Optional.of(LocalizedText.of(
                    "mã chi nhánh 000 không tồn tại (từ 001 đến 999)", "there is no branch number 000 (001 to 999)"));
        }
        return Optional.empty();
    }

    /** Whether the tenth digit of these ten digits is the check digit of the first nine. */
    static boolean hasValidCheckDigit(String tenDigits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (tenDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 10 - sum % 11;
        return check < 10 && check == tenDigits.charAt(9) - '0';
    }

    /** The ten digits completed with their check digit; for sample data. */
    public static String withCheckDigit(String nineDigits) {
        for (int digit = 0; digit <= 9; digit++) {
            if (hasValidCheckDigit(nineDigits + digit)) {
                return nineDigits + digit;
            }
        }
        throw new IllegalArgumentException(nineDigits + " has no check digit: no tax code starts with it");
    }
}
