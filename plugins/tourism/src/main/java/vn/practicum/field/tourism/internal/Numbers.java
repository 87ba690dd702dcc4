package vn.practicum.field.tourism.internal;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers from Camunda Forms number fields, which arrive as Integer, Long or Double. */
final class Numbers {

    private Numbers() {
    }

    /** The number exactly, or empty for null, NaN, infinity or anything that is not a number (text that reads as one counts). */
    static Optional<BigDecimal> exact(Object number) {
        if (!(number instanceof Number) && !(number instanceof String)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(number.toString().strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The number as a whole number, or empty if it is none (2.5, NaN, beyond a long). */
    static Optional<Long> whole(Object number) {
        return exact(number).filter(value -> value.stripTrailingZeros().scale() <= 0)
                .flatMap(value -> {
                    try {
                        return Optional.of(value.longValueExact());
                    } catch (ArithmeticException e) {
                        return Optional.empty();
                    }
                });
    }
}
