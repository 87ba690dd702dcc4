package vn.practicum.field.ecommerce.internal;

import static vn.practicum.engine.rules.Problems.isBlank;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * Whether the storefront an e-commerce student will work on may be used: who sells there is identified, and the
 * campaign product may be sold and advertised online (E-commerce Law 2025; Decree 52/2013/NĐ-CP as amended by
 * Decree 85/2021/NĐ-CP; Law on Advertising 2012, Article 7).
 * <ul>
 *   <li>the storefront: its channel, name and web address; an own sales website notified to the Ministry of
 *       Industry and Trade; a shop on a marketplace or social platform names the platform and its seller account
 *       passed the platform's identity verification;</li>
 *   <li>the seller: a registered business (enterprise, cooperative, household business) with its name and a tax
 *       code whose check digit is right;</li>
 *   <li>the product: named; not of a kind banned from advertising; holding the document its category requires
 *       (self-declaration for pre-packaged food, cosmetics notification, certificate of conformity) with its number
 *       and issuer, and, if that document expires, valid on the day it must be (the placement's first day:
 *       valid until that very day is enough).</li>
 * </ul>
 * Every problem is reported, so the student fixes everything in one go.
 */
public class StorefrontDossierRules {

    static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?=.*\\d)[\\p{Alnum}][\\p{Alnum}./-]{2,39}");
    static final int MAX_NAME_LENGTH = 200;

    static final LocalizedText STOREFRONT = LocalizedText.of("Cửa hàng trực tuyến", "Storefront");
    static final LocalizedText SELLER = LocalizedText.of("Người bán", "Seller");
    static final LocalizedText PRODUCT = LocalizedText.of("Sản phẩm", "Product");

    /** The problems of the dossier, in order; empty when the storefront may be used. */
    public List<LocalizedText> problems(StorefrontDossier dossier, LocalDate validOn) {
        Objects.requireNonNull(validOn, "validOn");
        List<LocalizedText> problems = new ArrayList<>();
        storefront(dossier.storefront(), problems);
        seller(dossier.seller(), problems);
        product(dossier.product(), validOn, problems);
        return problems;
    }

    private static void storefront(StorefrontDossier.Storefront storefront, List<LocalizedText> problems) {
        Optional<StorefrontChannel> channel = Optional.empty();
        if (isBlank(storefront.channel())) {
            problems.add(Problems.about(STOREFRONT, "thiếu kênh bán hàng", "the sales channel is missing"));
        } else {
            channel = StorefrontChannel.of(storefront.channel());
            if (channel.isEmpty()) {
                problems.add(Problems.about(STOREFRONT, "kênh bán hàng " + Problems.echo(storefront.channel()) + " không được hỗ trợ",
                        "the sales channel " + Problems.echo(storefront.channel()) + " is not one we know"));
            }
        }
        name(STOREFRONT, storefront.name(), "thiếu tên cửa hàng", "the shop name is missing", problems);
        if (isBlank(storefront.url())) {
            problems.add(Problems.about(STOREFRONT, "thiếu địa chỉ web", "the web address is missing"));
        } else if (!Urls.isWebAddress(storefront.url())) {
            problems.add(Problems.about(STOREFRONT,
                    "địa chỉ web " + Problems.echo(storefront.url()) + " không hợp lệ (cần dạng https://ten-mien/...)",
                    "the web address " + Problems.echo(storefront.url()) + " is not valid (https://domain/... expected)"));
        }
        if (channel.isEmpty()) {
            return;
        }
        if (channel.get().onPlatform()) {
            if (isBlank(storefront.platformName())) {
                problems.add(Problems.about(STOREFRONT, "thiếu tên sàn hoặc mạng xã hội", "the platform's name is missing"));
            }
            if (!Boolean.TRUE.equals(storefront.sellerIdentityVerified())) {
                problems.add(Problems.about(STOREFRONT,
                        "tài khoản người bán chưa được nền tảng xác thực danh tính: không dùng gian hàng chưa định danh người bán",
                        "the seller's account has not passed the platform's identity verification: a shop whose seller is not identified cannot be used"));
            }
        } else if (!Boolean.TRUE.equals(storefront.websiteNotified())) {
            problems.add(Problems.about(STOREFRONT,
                    "website bán hàng chưa được thông báo với Bộ Công Thương (online.gov.vn) theo Nghị định 52/2013/NĐ-CP",
                    "the sales website has not been notified to the Ministry of Industry and Trade (online.gov.vn), Decree 52/2013/ND-CP"));
        }
    }

    private static void seller(StorefrontDossier.Seller seller, List<LocalizedText> problems) {
        if (isBlank(seller.type())) {
            problems.add(Problems.about(SELLER, "thiếu loại hình người bán", "the kind of seller is missing"));
        } else if (SellerType.of(seller.type()).isEmpty()) {
            problems.add(Problems.about(SELLER,
                    "loại hình " + Problems.echo(seller.type()) + " không được chấp nhận: người bán phải là doanh nghiệp, hợp tác xã hoặc hộ kinh doanh",
                    "the kind of seller " + Problems.echo(seller.type()) + " is not accepted: the seller must be an enterprise, cooperative or household business"));
        }
        name(SELLER, seller.name(), "thiếu tên người bán đã đăng ký", "the registered name is missing", problems);
        if (isBlank(seller.taxCode())) {
            problems.add(Problems.about(SELLER, "thiếu mã số thuế", "the tax code is missing"));
        } else {
            TaxCode.problem(seller.taxCode()).ifPresent(problem -> problems.add(Problems.about(SELLER, problem.vi(), problem.en())));
        }
    }

    private static void product(StorefrontDossier.Product product, LocalDate validOn, List<LocalizedText> problems) {
        name(PRODUCT, product.name(), "thiếu tên sản phẩm", "the product name is missing", problems);
        if (isBlank(product.category())) {
            problems.add(Problems.about(PRODUCT, "thiếu nhóm hàng", "the product category is missing"));
            return;
        }
        Optional<ProductCategory> known = ProductCategory.of(product.category());
        if (known.isEmpty()) {
            problems.add(Problems.about(PRODUCT, "nhóm hàng " + Problems.echo(product.category()) + " không được hỗ trợ",
                    "the product category " + Problems.echo(product.category()) + " is not one we know"));
            return;
        }
        ProductCategory category = known.get();
        if (category.advertisingBanned()) {
            problems.add(Problems.about(PRODUCT,
                    category.label().vi() + " thuộc hàng hóa cấm quảng cáo (Luật Quảng cáo 2012, Điều 7): chọn sản phẩm khác cho chiến dịch",
                    category.label().en() + " may not be advertised (Law on Advertising 2012, Article 7): choose another product for the campaign"));
            return;
        }
        Optional<LocalizedText> document = category.requiredDocument();
        if (document.isEmpty()) {
            return;
        }
        LocalizedText part = LocalizedText.of(PRODUCT.vi() + " – " + document.get().vi(), PRODUCT.en() + " – " + document.get().en());
        if (isBlank(product.documentNumber())) {
            problems.add(Problems.about(part, "thiếu số giấy tờ", "the document number is missing"));
        } else if (!DOCUMENT_NUMBER.matcher(product.documentNumber().strip()).matches()) {
            problems.add(Problems.about(part,
                    "số " + Problems.echo(product.documentNumber()) + " không đúng định dạng (3–40 ký tự gồm chữ, số, '/', '-', '.', có ít nhất một chữ số)",
                    "the number " + Problems.echo(product.documentNumber()) + " is not valid (3–40 letters, digits, '/', '-', '.', with at least one digit)"));
        }
        if (isBlank(product.documentIssuer())) {
            problems.add(Problems.about(part, "thiếu cơ quan cấp hoặc đơn vị công bố", "the issuer is missing"));
        } else if (product.documentIssuer().strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problems.about(part, "tên cơ quan cấp dài quá " + MAX_NAME_LENGTH + " ký tự",
                    "the issuer is longer than " + MAX_NAME_LENGTH + " characters"));
        }
        if (!category.documentExpires()) {
            return;
        }
        if (isBlank(product.documentValidUntil())) {
            problems.add(Problems.about(part, "thiếu ngày hết hiệu lực", "the valid-until date is missing"));
            return;
        }
        Optional<LocalDate> lastDay = CalendarDays.parse(product.documentValidUntil());
        if (lastDay.isEmpty()) {
            problems.add(Problems.about(part,
                    "ngày hết hiệu lực " + Problems.echo(product.documentValidUntil()) + " không phải ngày hợp lệ theo định dạng yyyy-MM-dd",
                    "the valid-until date " + Problems.echo(product.documentValidUntil()) + " is not a valid date in the format yyyy-MM-dd"));
        } else if (lastDay.get().isBefore(validOn)) {
            problems.add(Problems.about(part,
                    "giấy tờ đã hết hiệu lực ngày " + lastDay.get() + ", trước ngày bắt đầu thực tập " + validOn,
                    "the document expired on " + lastDay.get() + ", before the placement starts on " + validOn));
        }
    }

    private static void name(LocalizedText part, String name, String missingVi, String missingEn, List<LocalizedText> problems) {
        if (isBlank(name)) {
            problems.add(Problems.about(part, missingVi, missingEn));
        } else if (name.strip().length() > MAX_NAME_LENGTH) {
            problems.add(Problems.about(part, "tên dài quá " + MAX_NAME_LENGTH + " ký tự",
                    "the name is longer than " + MAX_NAME_LENGTH + " characters"));
        }
    }
}
