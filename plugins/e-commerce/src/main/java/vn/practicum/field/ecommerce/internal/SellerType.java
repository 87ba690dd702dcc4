package vn.practicum.field.ecommerce.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Who sells through the storefront the student works on: a registered business of the host. A practicum is never
 * run on a private person's shop, so there is no individual seller here (and no personal identification number).
 */
public enum SellerType {
    ENTERPRISE(LocalizedText.of("Doanh nghiệp", "Enterprise")),
    COOPERATIVE(LocalizedText.of("Hợp tác xã", "Cooperative")),
    HOUSEHOLD_BUSINESS(LocalizedText.of("Hộ kinh doanh", "Household business"));

    private final LocalizedText label;

    SellerType(LocalizedText label) {
        this.label = label;
    }

    public LocalizedText label() {
        return label;
    }

    static Optional<SellerType> of(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name.strip())).findFirst();
    }
}
