package vn.practicum.field.ecommerce.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/** Where the host sells online: what the storefront must show for it depends on the channel. */
public enum StorefrontChannel {
    /** An own sales website: notified to the Ministry of Industry and Trade before it sells (Decree 52/2013/NĐ-CP). */
    OWN_WEBSITE(LocalizedText.of("Website thương mại điện tử bán hàng của đơn vị", "The host's own sales website"), false),
    /** A shop on an e-commerce marketplace (Shopee, Lazada, Tiki, ...). */
    MARKETPLACE(LocalizedText.of("Gian hàng trên sàn giao dịch thương mại điện tử", "A shop on an e-commerce marketplace"), true),
    /** A shop on a social network with selling functions (TikTok Shop, Facebook, Zalo, livestream). */
    SOCIAL_COMMERCE(LocalizedText.of("Gian hàng trên mạng xã hội có chức năng bán hàng",
            "A shop on a social network with selling functions"), true);

    private final LocalizedText label;
    private final boolean onPlatform;

    StorefrontChannel(LocalizedText label, boolean onPlatform) {
        this.label = label;
        this.onPlatform = onPlatform;
    }

    public LocalizedText label() {
        return label;
    }

    /** A shop on someone else's platform, which must know who the seller is. */
    public boolean onPlatform() {
        return onPlatform;
    }

    static Optional<StorefrontChannel> of(String name) {
        return Arrays.stream(values()).filter(channel -> channel.name().equals(name.strip())).findFirst();
    }
}
