package vn.practicum.field.informationtechnology;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The plugin's boundaries: engine SPI and lifecycle API in, no other plugin, no Camunda internals. */
class ArchitectureTest {

    static final JavaClasses PLUGIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.practicum.field.informationtechnology");

    @Test
    void usesOnlyTheEngineApi_camundasDelegateApi_andSpringBootConfiguration() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..",
                        "vn.practicum.field.informationtechnology..",
                        "vn.practicum.engine.spi..",
                        "vn.practicum.engine.lifecycle..",
                        "org.camunda.bpm.engine.delegate..",
                        "org.springframework.boot.autoconfigure..",
                        "org.springframework.context.annotation..")
                .check(PLUGIN);
    }

    @Test
    void internalsAreUsedOnlyByThePluginItself() {
        classes().that().resideInAPackage("..informationtechnology.internal..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("vn.practicum.field.informationtechnology..")
                .check(PLUGIN);
    }
}
