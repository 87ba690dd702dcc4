package vn.practicum.field.ecommerce.internal;

import java.math.BigDecimal;

/** Numbers typed in Camunda Forms arrive as Integer, Long or Double: read them exactly. */
final class Numbers {

    private Numbers() {
    }

    /** The number as a BigDecimal, or null if it is NaN or infinite. */
    static BigDecimal exact(Number number) {
        try {
            return new BigDecimal(number.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number not below zero, or null if the number is not one. */
    static BigDecimal wholeNotNegative(Number number) {
        BigDecimal value = exact(number);
        if (value == null || value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            return null;
        }
        return value.setScale(0);
    }
}
