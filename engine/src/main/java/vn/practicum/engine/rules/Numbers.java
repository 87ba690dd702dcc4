package vn.practicum.engine.rules;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers from Camunda Forms number fields, which arrive as Integer, Long or Double (or as anything, through REST): read exactly. */
public final class Numbers {

    private Numbers() {
    }

    /** The number as a BigDecimal, or null if it is null, NaN or infinite. */
    public static BigDecimal exact(Number number) {
        if (number == null) {
            return null;
        }
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number not below zero, or null if the number is not one. */
    public static BigDecimal wholeNotNegative(Number number) {
        BigDecimal value = exact(number);
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return value.setScale(0);
    }

    /** The value as an exact number, or empty for null, NaN, infinity or anything that is not a number (text that reads as one counts). */
    public static Optional<BigDecimal> parse(Object value) {
        if (!(value instanceof Number) && !(value instanceof String)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(value.toString().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The value as a whole number, or empty if it is none (2.5, NaN, beyond a long, not a number). */
    public static Optional<Long> whole(Object value) {
        return parse(value).filter(number -> number.stripTrailingZeros().scale() <= 0)
                .flatMap(number -> {
                    try {
                        return Optional.of(number.longValueExact());
                    } catch (ArithmeticException e) {
                        return Optional.empty();
                    }
                });
    }
}
