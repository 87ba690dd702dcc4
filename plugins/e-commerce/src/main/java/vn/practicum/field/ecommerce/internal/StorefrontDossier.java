package vn.practicum.field.ecommerce.internal;

import java.util.Objects;

/**
 * The storefront a student will work on, as entered: nothing is parsed yet, so that every problem can be reported.
 *
 * @param storefront where the host sells
 * @param seller     who sells there
 * @param product    the product the student's campaign will sell
 */
public record StorefrontDossier(Storefront storefront, Seller seller, Product product) {

    public StorefrontDossier {
        Objects.requireNonNull(storefront, "storefront");
        Objects.requireNonNull(seller, "seller");
        Objects.requireNonNull(product, "product");
    }

    /**
     * @param channel                a {@link StorefrontChannel} name
     * @param name                   the shop's name
     * @param url                    its address
     * @param platformName           the marketplace or social platform, for a shop on one
     * @param websiteNotified        an own website: notified to the Ministry of Industry and Trade
     * @param sellerIdentityVerified a shop on a platform: the seller passed the platform's identity verification
     */
    public record Storefront(String channel, String name, String url, String platformName, Boolean websiteNotified,
                             Boolean sellerIdentityVerified) {
    }

    /**
     * @param type    a {@link SellerType} name
     * @param name    the registered name
     * @param taxCode the tax code, which is also the enterprise code
     */
    public record Seller(String type, String name, String taxCode) {
    }

    /**
     * @param name               the product
     * @param category           a {@link ProductCategory} name
     * @param documentNumber     the number of the document its category requires
     * @param documentIssuer     who issued (or, for a self-declaration, published) it
     * @param documentValidUntil last day of validity, {@code yyyy-MM-dd}, for documents that expire
     */
    public record Product(String name, String category, String documentNumber, String documentIssuer,
                          String documentValidUntil) {
    }
}
