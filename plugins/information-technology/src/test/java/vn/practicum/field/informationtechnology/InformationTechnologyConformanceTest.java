package vn.practicum.field.informationtechnology;

import java.util.Map;
import vn.practicum.engine.test.FieldPluginConformance;
import vn.practicum.field.informationtechnology.internal.SecurityDossierCheckDelegate;
import vn.practicum.field.informationtechnology.internal.TrainingCertificateCheckDelegate;

/** The IT plugin keeps the conventions every field plugin keeps. */
class InformationTechnologyConformanceTest extends FieldPluginConformance {

    InformationTechnologyConformanceTest() {
        super(new InformationTechnologyField(), InformationTechnologyVariables.class, Map.of(
                "${" + TrainingCertificateCheckDelegate.BEAN_NAME + "}", "vn.practicum.information-technology.verify-training-certificates",
                "${" + SecurityDossierCheckDelegate.BEAN_NAME + "}", "vn.practicum.information-technology.check-security-dossier"));
    }
}
