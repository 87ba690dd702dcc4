package vn.practicum.field.ecommerce.internal;

import static vn.practicum.field.ecommerce.ECommerceVariables.DOCUMENTS_VALID_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.PLATFORM_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_CATEGORY;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_ISSUER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_NUMBER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_VALID_UNTIL;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_IDENTITY_VERIFIED;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TAX_CODE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TYPE;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CHANNEL;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_PROBLEM;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_URL;
import static vn.practicum.field.ecommerce.ECommerceVariables.WEBSITE_NOTIFIED;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import vn.practicum.engine.lifecycle.PracticumVariables;
import vn.practicum.engine.rules.CalendarDays;
import vn.practicum.engine.rules.Inputs;
import vn.practicum.engine.rules.Problems;
import vn.practicum.engine.spi.LocalizedText;

/**
 * {@code ${ecommerceStorefrontCheck}}: checks the storefront, seller and product the student entered
 * ({@link StorefrontDossierRules}). Problems go to {@code storefrontProblem} and raise
 * {@code Error_StorefrontDossierInvalid}, which sends the student back to the form; a clean check removes
 * {@code storefrontProblem}.
 */
public class StorefrontDossierCheckDelegate implements JavaDelegate {

    public static final String BEAN_NAME = "ecommerceStorefrontCheck";
    public static final String ERROR_STOREFRONT_DOSSIER_INVALID = "Error_StorefrontDossierInvalid";

    private final StorefrontDossierRules rules;

    public StorefrontDossierCheckDelegate(StorefrontDossierRules rules) {
        this.rules = rules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Date validOn = DOCUMENTS_VALID_ON.from(execution);
        if (validOn == null) {
            validOn = PracticumVariables.PLACEMENT_START.require(execution);
        }
        Inputs in = new Inputs(execution);
        StorefrontDossier dossier = new StorefrontDossier(
                new StorefrontDossier.Storefront(in.read(STOREFRONT_CHANNEL), in.read(STOREFRONT_NAME), in.read(STOREFRONT_URL),
                        in.read(PLATFORM_NAME), in.read(WEBSITE_NOTIFIED), in.read(SELLER_IDENTITY_VERIFIED)),
                new StorefrontDossier.Seller(in.read(SELLER_TYPE), in.read(SELLER_NAME), in.read(SELLER_TAX_CODE)),
                new StorefrontDossier.Product(in.read(PRODUCT_NAME), in.read(PRODUCT_CATEGORY), in.read(PRODUCT_DOCUMENT_NUMBER),
                        in.read(PRODUCT_DOCUMENT_ISSUER), in.read(PRODUCT_DOCUMENT_VALID_UNTIL)));

        List<LocalizedText> problems = in.problems().isEmpty()
                ? rules.problems(dossier, CalendarDays.vietnameseDay(validOn)) : in.problems();
        if (problems.isEmpty()) {
            execution.removeVariable(STOREFRONT_PROBLEM.name());
            return;
        }
        String described = Problems.describe(problems);
        STOREFRONT_PROBLEM.set(execution, described);
        throw new BpmnError(ERROR_STOREFRONT_DOSSIER_INVALID, described);
    }
}
