package vn.practicum.field.ecommerce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.CONFIRM_STOREFRONT_FORM;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.HOST;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.PLACEMENT_BPMN;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.PLACEMENT_START;
import static vn.practicum.field.ecommerce.ECommerceTestEngine.SUBMIT_STOREFRONT_FORM;
import static vn.practicum.field.ecommerce.ECommerceVariables.ACCESS_GRANTED_ON;
import static vn.practicum.field.ecommerce.ECommerceVariables.PLATFORM_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_CATEGORY;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_ISSUER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_NUMBER;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_DOCUMENT_VALID_UNTIL;
import static vn.practicum.field.ecommerce.ECommerceVariables.PRODUCT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_CENTRE_ROLE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_IDENTITY_VERIFIED;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TAX_CODE;
import static vn.practicum.field.ecommerce.ECommerceVariables.SELLER_TYPE;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CHANNEL;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_CONFIRMED;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_NAME;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_PROBLEM;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_REVIEW_COMMENT;
import static vn.practicum.field.ecommerce.ECommerceVariables.STOREFRONT_URL;
import static vn.practicum.field.ecommerce.ECommerceVariables.WEBSITE_NOTIFIED;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.practicum.engine.lifecycle.Groups;
import vn.practicum.engine.spi.Stage;
import vn.practicum.engine.test.PracticumTestEngine;
import vn.practicum.engine.tracking.StudentStage;

/** {@code e-commerce-placement}: storefront, seller and product checked, then confirmed by the host. */
@Deployment(resources = {PLACEMENT_BPMN, SUBMIT_STOREFRONT_FORM, CONFIRM_STOREFRONT_FORM})
class PlacementFragmentTest {

    static final String PROCESS = "e-commerce-placement";
    /** Tax code of a Hanoi enterprise, check digit right. */
    static final String TAX_CODE = "0101248141";

    @RegisterExtension
    static ProcessEngineExtension extension = ProcessEngineExtension.builder()
            .useProcessEngine(ECommerceTestEngine.engine()).build();

    ProcessEngine engine;

    @BeforeEach
    void init() {
        engine = extension.getProcessEngine();
        BpmnAwareTests.init(engine);
    }

    @Test
    void aVerifiedMarketplaceShopWithItsFoodSelfDeclaration_isConfirmedByTheHost_thenTheChecksPass() {
        // given
        ProcessInstance instance = start("st-ec-001");
        assertThat(instance).isWaitingAt("Task_SubmitStorefrontDossier");
        assertThat(task(instance)).isAssignedTo("st-ec-001");

        // when
        complete(task(instance), marketplaceDossier());

        // then
        assertThat(instance).hasPassed("ServiceTask_CheckStorefrontDossier").isWaitingAt("Task_ConfirmStorefront");
        assertThat(instance).hasNotPassed("BoundaryEvent_StorefrontDossierInvalid");
        assertThat(task(instance)).hasCandidateGroup(Groups.businessHr(HOST));
        assertThat(instance).variables().doesNotContainKey(STOREFRONT_PROBLEM.name());

        // when
        complete(task(instance), confirmation(true, null));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void anOwnWebsiteNotNotifiedToTheMinistry_isSentBack_andOnceNotifiedProceeds() {
        // given: the host's own sales website, not yet notified on online.gov.vn
        ProcessInstance instance = start("st-ec-002");
        Map<String, Object> dossier = ownWebsiteDossier();
        WEBSITE_NOTIFIED.putIn(dossier, false);

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_StorefrontDossierInvalid").isWaitingAt("Task_SubmitStorefrontDossier");
        assertThat(task(instance)).isAssignedTo("st-ec-002");
        assertThat(storefrontProblem(instance)).isEqualTo(
                "Cửa hàng trực tuyến: website bán hàng chưa được thông báo với Bộ Công Thương (online.gov.vn) theo Nghị định 52/2013/NĐ-CP"
                        + " / Storefront: the sales website has not been notified to the Ministry of Industry and Trade"
                        + " (online.gov.vn), Decree 52/2013/ND-CP");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();

        // when: the website is notified
        WEBSITE_NOTIFIED.putIn(dossier, true);
        complete(task(instance), dossier);

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmStorefront");
        assertThat(instance).variables().doesNotContainKey(STOREFRONT_PROBLEM.name());
    }

    @Test
    void aCosmeticsNotificationExpiredTheDayBeforeThePlacement_isSentBack_thenRenewedProceeds() {
        // given
        ProcessInstance instance = start("st-ec-003");
        Map<String, Object> dossier = marketplaceDossier();
        PRODUCT_CATEGORY.putIn(dossier, "COSMETICS");
        PRODUCT_DOCUMENT_NUMBER.putIn(dossier, "123456/24/CBMP-QLD");
        PRODUCT_DOCUMENT_ISSUER.putIn(dossier, "Cục Quản lý Dược");
        PRODUCT_DOCUMENT_VALID_UNTIL.putIn(dossier, PLACEMENT_START.minusDays(1).toString());

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_StorefrontDossierInvalid").isWaitingAt("Task_SubmitStorefrontDossier");
        assertThat(storefrontProblem(instance)).contains("Phiếu công bố sản phẩm mỹ phẩm", "2026-01-31", "hết hiệu lực", "expired");

        // when: valid until the placement's first day
        PRODUCT_DOCUMENT_VALID_UNTIL.putIn(dossier, PLACEMENT_START.toString());
        complete(task(instance), dossier);

        // then
        assertThat(instance).isWaitingAt("Task_ConfirmStorefront");
    }

    @Test
    void aProductBannedFromAdvertising_andAWrongTaxCode_areBothListed_notAnIncident() {
        // given: spirits, and the tax code with its last digit mistyped
        ProcessInstance instance = start("st-ec-004");
        Map<String, Object> dossier = marketplaceDossier();
        PRODUCT_CATEGORY.putIn(dossier, "SPIRITS");
        SELLER_TAX_CODE.putIn(dossier, "0101248142");

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_StorefrontDossierInvalid").isWaitingAt("Task_SubmitStorefrontDossier");
        assertThat(storefrontProblem(instance).lines()).hasSize(2).allMatch(line -> line.contains(" / "));
        assertThat(storefrontProblem(instance)).contains("chữ số kiểm tra", "check digit", "Luật Quảng cáo 2012, Điều 7");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void aValueOfTheWrongType_isAProblemForTheStudent_notAnIncident() {
        // given: a task completed through the REST API with a number for the URL
        ProcessInstance instance = start("st-ec-005");
        Map<String, Object> dossier = marketplaceDossier();
        dossier.put(STOREFRONT_URL.name(), 12345);

        // when
        complete(task(instance), dossier);

        // then
        assertThat(instance).hasPassed("BoundaryEvent_StorefrontDossierInvalid").isWaitingAt("Task_SubmitStorefrontDossier");
        assertThat(storefrontProblem(instance)).contains("storefrontUrl", "wrong type");
        assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void theHostSendsTheDossierBack_theStudentCorrectsIt_andTheHostConfirms() {
        // given
        ProcessInstance instance = start("st-ec-006");
        complete(task(instance), marketplaceDossier());

        // when
        complete(task(instance), confirmation(false, "Tên người bán không khớp giấy đăng ký kinh doanh"));

        // then
        assertThat(instance).isWaitingAt("Task_SubmitStorefrontDossier").hasNotPassed("EndEvent_FieldChecksPassed");
        assertThat(task(instance)).isAssignedTo("st-ec-006");
        assertThat(instance).variables()
                .containsEntry(STOREFRONT_REVIEW_COMMENT.name(), "Tên người bán không khớp giấy đăng ký kinh doanh");

        // when
        Map<String, Object> corrected = marketplaceDossier();
        SELLER_NAME.putIn(corrected, "Công ty Cổ phần Đặc sản Hạ Long");
        complete(task(instance), corrected);
        assertThat(instance).isWaitingAt("Task_ConfirmStorefront");
        complete(task(instance), confirmation(true, "Đã cấp quyền"));

        // then
        assertThat(instance).hasPassed("EndEvent_FieldChecksPassed").isEnded();
    }

    @Test
    void theStudentIsTrackedInThePlacementStage() {
        // when
        start("st-ec-007");

        // then
        StudentStage stage = PracticumTestEngine.tracking(engine).find("st-ec-007").orElseThrow();
        assertThat(stage.stage()).isEqualTo(Stage.PLACEMENT);
        assertThat(stage.stepId()).isEqualTo("Task_SubmitStorefrontDossier");
        assertThat(stage.fieldKey()).isEqualTo(ECommerceField.KEY);
    }

    private static ProcessInstance start(String studentId) {
        return runtimeService().startProcessInstanceByKey(PROCESS, studentId, ECommerceTestEngine.fragmentVariables(studentId));
    }

    /** A Shopee shop, identity verified, selling pre-packaged food with its self-declaration. */
    static Map<String, Object> marketplaceDossier() {
        Map<String, Object> variables = new HashMap<>();
        STOREFRONT_CHANNEL.putIn(variables, "MARKETPLACE");
        STOREFRONT_NAME.putIn(variables, "Đặc sản Hạ Long Official");
        STOREFRONT_URL.putIn(variables, "https://shopee.vn/dacsanhalong.official");
        PLATFORM_NAME.putIn(variables, "Shopee");
        SELLER_IDENTITY_VERIFIED.putIn(variables, true);
        SELLER_TYPE.putIn(variables, "ENTERPRISE");
        SELLER_NAME.putIn(variables, "Công ty TNHH Đặc sản Hạ Long");
        SELLER_TAX_CODE.putIn(variables, TAX_CODE);
        PRODUCT_NAME.putIn(variables, "Chả mực Hạ Long 500 g");
        PRODUCT_CATEGORY.putIn(variables, "PACKAGED_FOOD");
        PRODUCT_DOCUMENT_NUMBER.putIn(variables, "01/2026/DSHL");
        PRODUCT_DOCUMENT_ISSUER.putIn(variables, "Công ty TNHH Đặc sản Hạ Long");
        return variables;
    }

    /** The host's own website, notified, selling general goods. */
    static Map<String, Object> ownWebsiteDossier() {
        Map<String, Object> variables = new HashMap<>();
        STOREFRONT_CHANNEL.putIn(variables, "OWN_WEBSITE");
        STOREFRONT_NAME.putIn(variables, "Gốm Bát Tràng trực tuyến");
        STOREFRONT_URL.putIn(variables, "https://gombattrang.example.vn");
        WEBSITE_NOTIFIED.putIn(variables, true);
        SELLER_TYPE.putIn(variables, "HOUSEHOLD_BUSINESS");
        SELLER_NAME.putIn(variables, "Hộ kinh doanh Gốm Minh Long");
        SELLER_TAX_CODE.putIn(variables, TAX_CODE);
        PRODUCT_NAME.putIn(variables, "Bộ ấm chén men rạn");
        PRODUCT_CATEGORY.putIn(variables, "GENERAL");
        return variables;
    }

    static Map<String, Object> confirmation(boolean confirmed, String comment) {
        Map<String, Object> variables = new HashMap<>();
        STOREFRONT_CONFIRMED.putIn(variables, confirmed);
        if (confirmed) {
            SELLER_CENTRE_ROLE.putIn(variables, "CAMPAIGN_OPERATOR");
            ACCESS_GRANTED_ON.putIn(variables, "2026-01-29");
        }
        if (comment != null) {
            STOREFRONT_REVIEW_COMMENT.putIn(variables, comment);
        }
        return variables;
    }

    private String storefrontProblem(ProcessInstance instance) {
        return ECommerceTestEngine.variable(engine.getRuntimeService(), instance.getId(), STOREFRONT_PROBLEM);
    }
}
