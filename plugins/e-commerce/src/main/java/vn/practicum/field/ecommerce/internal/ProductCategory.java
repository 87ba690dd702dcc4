package vn.practicum.field.ecommerce.internal;

import java.util.Arrays;
import java.util.Optional;
import vn.practicum.engine.spi.LocalizedText;

/**
 * What the storefront's campaign product is, and the document a seller must hold to sell it online. Goods the
 * Law on Advertising bans from advertising (Article 7) cannot be the product of a practicum campaign at all.
 */
public enum ProductCategory {
    GENERAL(LocalizedText.of("Hàng hóa thông thường", "General goods"), null, false, false),
    PACKAGED_FOOD(LocalizedText.of("Thực phẩm bao gói sẵn", "Pre-packaged food"),
            LocalizedText.of("Bản tự công bố sản phẩm (Nghị định 15/2018/NĐ-CP)",
                    "Product self-declaration (Decree 15/2018/ND-CP)"), false, false),
    COSMETICS(LocalizedText.of("Mỹ phẩm", "Cosmetics"),
            LocalizedText.of("Phiếu công bố sản phẩm mỹ phẩm đã được cấp số tiếp nhận (Thông tư 06/2011/TT-BYT)",
                    "Cosmetic product notification with its receipt number (Circular 06/2011/TT-BYT)"), true, false),
    CONFORMITY_REGULATED(LocalizedText.of("Hàng hóa phải chứng nhận hợp quy (đồ chơi trẻ em, thiết bị điện, mũ bảo hiểm...)",
            "Goods that need certified conformity (toys, electrical appliances, helmets...)"),
            LocalizedText.of("Giấy chứng nhận hợp quy (Luật Chất lượng sản phẩm, hàng hóa 2007)",
                    "Certificate of conformity (Law on Product and Goods Quality 2007)"), true, false),
    TOBACCO(LocalizedText.of("Thuốc lá", "Tobacco"), null, false, true),
    SPIRITS(LocalizedText.of("Rượu có nồng độ cồn từ 15 độ trở lên", "Alcoholic drinks of 15% alcohol or more"), null, false, true),
    BREAST_MILK_SUBSTITUTES(LocalizedText.of("Sản phẩm sữa thay thế sữa mẹ cho trẻ dưới 24 tháng tuổi",
            "Breast-milk substitutes for children under 24 months"), null, false, true),
    PRESCRIPTION_MEDICINE(LocalizedText.of("Thuốc kê đơn", "Prescription medicines"), null, false, true);

    private final LocalizedText label;
    private final LocalizedText requiredDocument;
    private final boolean documentExpires;
    private final boolean advertisingBanned;

    ProductCategory(LocalizedText label, LocalizedText requiredDocument, boolean documentExpires, boolean advertisingBanned) {
        this.label = label;
        this.requiredDocument = requiredDocument;
        this.documentExpires = documentExpires;
        this.advertisingBanned = advertisingBanned;
    }

    public LocalizedText label() {
        return label;
    }

    /** The document the seller must hold for the product, or empty if none. */
    public Optional<LocalizedText> requiredDocument() {
        return Optional.ofNullable(requiredDocument);
    }

    /** Whether that document has a last day of validity. */
    public boolean documentExpires() {
        return documentExpires;
    }

    /** Goods whose advertising is banned (Law on Advertising 2012, Article 7). */
    public boolean advertisingBanned() {
        return advertisingBanned;
    }

    static Optional<ProductCategory> of(String name) {
        return Arrays.stream(values()).filter(category -> category.name().equals(name.strip())).findFirst();
    }
}
