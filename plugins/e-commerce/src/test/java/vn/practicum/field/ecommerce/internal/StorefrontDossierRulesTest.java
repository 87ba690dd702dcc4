package vn.practicum.field.ecommerce.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Product;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Seller;
import vn.practicum.field.ecommerce.internal.StorefrontDossier.Storefront;

class StorefrontDossierRulesTest {

    static final LocalDate PLACEMENT_START = LocalDate.of(2026, 2, 1);
    static final Storefront SHOPEE_SHOP = new Storefront("MARKETPLACE", "Đặc sản Hạ Long", "https://shopee.vn/dacsanhalong",
            "Shopee", null, true);
    static final Seller ENTERPRISE = new Seller("ENTERPRISE", "Công ty TNHH Đặc sản Hạ Long", "0101248141");
    static final Product TEA = new Product("Trà xanh Thái Nguyên", "GENERAL", null, null, null);

    final StorefrontDossierRules rules = new StorefrontDossierRules();

    @Test
    void aVerifiedShopOfAnEnterpriseSellingGeneralGoods_hasNoProblems() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, TEA)).isEmpty();
    }

    @Test
    void anOwnWebsiteNotified_needsNoPlatform() {
        Storefront website = new Storefront("OWN_WEBSITE", "Gốm Bát Tràng", "https://gombattrang.vn/cua-hang", null, true, null);
        assertThat(problems(website, ENTERPRISE, TEA)).isEmpty();
    }

    @Test
    void anOwnWebsiteNotNotified_isRefused() {
        Storefront website = new Storefront("OWN_WEBSITE", "Gốm Bát Tràng", "https://gombattrang.vn", null, false, null);
        assertThat(problems(website, ENTERPRISE, TEA)).extracting(LocalizedText::en).containsExactly(
                "Storefront: the sales website has not been notified to the Ministry of Industry and Trade (online.gov.vn), Decree 52/2013/ND-CP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKETPLACE", "SOCIAL_COMMERCE"})
    void aShopOnAPlatform_namesThePlatform_andItsSellerIsVerified(String channel) {
        Storefront unverified = new Storefront(channel, "Đặc sản Hạ Long", "https://www.tiktok.com/@dacsanhalong", " ", null, false);

        assertThat(problems(unverified, ENTERPRISE, TEA)).extracting(LocalizedText::en).containsExactly(
                "Storefront: the platform's name is missing",
                "Storefront: the seller's account has not passed the platform's identity verification: a shop whose seller is not identified cannot be used");
    }

    @ParameterizedTest
    @ValueSource(strings = {"shopee.vn/shop", "ftp://shopee.vn/shop", "https://localhost/shop", "https://shop ee.vn", "https://", "javascript:alert(1)"})
    void addressesThatAreNotWebAddresses_areRefused(String url) {
        Storefront storefront = new Storefront("MARKETPLACE", "Đặc sản", url, "Shopee", null, true);
        assertThat(problems(storefront, ENTERPRISE, TEA)).singleElement().extracting(LocalizedText::en).asString()
                .startsWith("Storefront: the web address").endsWith("is not valid (https://domain/... expected)");
    }

    @Test
    void anUnknownChannelOrSellerKind_isRefused_andAPrivatePersonCannotBeTheSeller() {
        Storefront storefront = new Storefront("DOOR_TO_DOOR", "Đặc sản", "https://dacsan.vn", null, null, null);
        Seller individual = new Seller("INDIVIDUAL", "Nguyễn Văn A", "0101248141");

        assertThat(problems(storefront, individual, TEA)).extracting(LocalizedText::en).containsExactly(
                "Storefront: the sales channel 'DOOR_TO_DOOR' is not one we know",
                "Seller: the kind of seller 'INDIVIDUAL' is not accepted: the seller must be an enterprise, cooperative or household business");
    }

    @Test
    void aSellerWithNothingEntered_listsEachMissingItem() {
        assertThat(problems(SHOPEE_SHOP, new Seller(null, "", null), TEA)).extracting(LocalizedText::en).containsExactly(
                "Seller: the kind of seller is missing",
                "Seller: the registered name is missing",
                "Seller: the tax code is missing");
    }

    @Test
    void aWrongTaxCode_isTheSellersProblem() {
        assertThat(problems(SHOPEE_SHOP, new Seller("COOPERATIVE", "HTX Chè Tân Cương", "0101248142"), TEA))
                .extracting(LocalizedText::vi).singleElement().asString()
                .isEqualTo("Người bán: mã số thuế '0101248142' sai chữ số kiểm tra: kiểm tra lại từng chữ số");
    }

    @ParameterizedTest
    @EnumSource(value = ProductCategory.class, names = {"TOBACCO", "SPIRITS", "BREAST_MILK_SUBSTITUTES", "PRESCRIPTION_MEDICINE"})
    void goodsBannedFromAdvertising_cannotBeTheCampaignProduct(ProductCategory category) {
        assertThat(category.advertisingBanned()).isTrue();
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Sản phẩm", category.name(), null, null, null)))
                .singleElement().satisfies(problem -> {
                    assertThat(problem.vi()).contains(category.label().vi(), "cấm quảng cáo", "Luật Quảng cáo 2012, Điều 7");
                    assertThat(problem.en()).contains("may not be advertised", "Law on Advertising 2012, Article 7");
                });
    }

    @Test
    void packagedFood_needsItsSelfDeclaration_whichDoesNotExpire() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Chả mực", "PACKAGED_FOOD", null, null, null)))
                .extracting(LocalizedText::en).containsExactly(
                        "Product – Product self-declaration (Decree 15/2018/ND-CP): the document number is missing",
                        "Product – Product self-declaration (Decree 15/2018/ND-CP): the issuer is missing");
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Chả mực", "PACKAGED_FOOD", "01/2026/DSHL", "Công ty", null)))
                .isEmpty();
    }

    @Test
    void aCosmeticsNotificationValidUntilThePlacementsFirstDay_isEnough() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, cosmetics("2026-02-01"))).isEmpty();
    }

    @Test
    void aCosmeticsNotificationValidUntilTheDayBefore_hasExpired() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, cosmetics("2026-01-31"))).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).isEqualTo("Sản phẩm – Phiếu công bố sản phẩm mỹ phẩm đã được cấp số tiếp nhận (Thông tư 06/2011/TT-BYT):"
                    + " giấy tờ đã hết hiệu lực ngày 2026-01-31, trước ngày bắt đầu thực tập 2026-02-01");
            assertThat(problem.en()).isEqualTo("Product – Cosmetic product notification with its receipt number (Circular 06/2011/TT-BYT):"
                    + " the document expired on 2026-01-31, before the placement starts on 2026-02-01");
        });
    }

    @Test
    void aCertificateOfConformity_needsItsValidUntilDate() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Mũ bảo hiểm", "CONFORMITY_REGULATED", "HQ-2025/0123", "Quacert", " ")))
                .extracting(LocalizedText::en).singleElement().asString().endsWith("the valid-until date is missing");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/12/2026", "2026-02-30", "2026-13-01", "2026-1-5", "ngày mai"})
    void aMalformedOrImpossibleDate_isAProblemNamingTheFormat(String validUntil) {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, cosmetics(validUntil))).singleElement().satisfies(problem -> {
            assertThat(problem.vi()).contains("không phải ngày hợp lệ theo định dạng yyyy-MM-dd");
            assertThat(problem.en()).contains("'" + validUntil + "'", "is not a valid date in the format yyyy-MM-dd");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"??", "AB", "CBMP", "/2024/CBMP", "123 456"})
    void documentNumbersInNoSaneFormat_areRefused(String number) {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Son", "COSMETICS", number, "Cục Quản lý Dược", "2027-01-01")))
                .singleElement().extracting(LocalizedText::en).asString().contains("is not valid (3–40 letters");
    }

    @Test
    void anUnknownCategory_isRefused() {
        assertThat(problems(SHOPEE_SHOP, ENTERPRISE, new Product("Vàng miếng", "GOLD", null, null, null)))
                .extracting(LocalizedText::en).containsExactly("Product: the product category 'GOLD' is not one we know");
    }

    @Test
    void everyProblemOfEveryPart_isReported_inOrder() {
        List<LocalizedText> problems = problems(new Storefront(null, null, null, null, null, null), new Seller(null, null, null),
                new Product(null, null, null, null, null));

        assertThat(problems).extracting(LocalizedText::en).containsExactly(
                "Storefront: the sales channel is missing",
                "Storefront: the shop name is missing",
                "Storefront: the web address is missing",
                "Seller: the kind of seller is missing",
                "Seller: the registered name is missing",
                "Seller: the tax code is missing",
                "Product: the product name is missing",
                "Product: the product category is missing");
        assertThat(Problems.describe(problems).lines()).hasSize(8).allMatch(line -> line.contains(" / "));
    }

    @Test
    void theFormsPatterns_acceptWhatTheRulesAccept() throws Exception {
        com.fasterxml.jackson.databind.JsonNode form;
        try (var in = getClass().getClassLoader().getResourceAsStream(
                "practicum/fields/e-commerce/e-commerce-submit-storefront-dossier.form")) {
            form = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        }
        java.util.Map<String, java.util.regex.Pattern> patterns = new java.util.HashMap<>();
        form.path("components").forEach(component -> {
            if (component.path("validate").has("pattern")) {
                patterns.put(component.path("key").asText(), java.util.regex.Pattern.compile(component.path("validate").path("pattern").asText()));
            }
        });

        for (String number : List.of("123456/24/CBMP-QLD", "01/2026/DSHL", "A12", "??", "AB", "CBMP", "/2024/CBMP", "123 456")) {
            assertThat(patterns.get("productDocumentNumber").matcher(number).matches()).as(number)
                    .isEqualTo(StorefrontDossierRules.DOCUMENT_NUMBER.matcher(number).matches());
        }
        for (String taxCode : List.of("0101248141", "0101248141-001", "010124814", "0101248141-01", "MST0101248141")) {
            assertThat(patterns.get("sellerTaxCode").matcher(taxCode).matches()).as(taxCode)
                    .isEqualTo(TaxCode.FORMAT.matcher(taxCode).matches());
        }
        for (String url : List.of("https://shopee.vn/dacsanhalong", "http://gombattrang.vn", "https://www.tiktok.com/@shop")) {
            assertThat(patterns.get("storefrontUrl").matcher(url).matches()).as(url).isTrue();
            assertThat(Urls.isWebAddress(url)).as(url).isTrue();
        }
    }

    private List<LocalizedText> problems(Storefront storefront, Seller seller, Product product) {
        return rules.problems(new StorefrontDossier(storefront, seller, product), PLACEMENT_START);
    }

    private static Product cosmetics(String validUntil) {
        return new Product("Son dưỡng môi", "COSMETICS", "123456/24/CBMP-QLD", "Cục Quản lý Dược", validUntil);
    }
}
