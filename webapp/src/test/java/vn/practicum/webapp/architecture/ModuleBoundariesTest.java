package vn.practicum.webapp.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The arrows of DESIGN.md point one way: webapp → engine, processes, plugins; plugins → engine;
 * processes → engine. No plugin depends on another, and the engine depends on no plugin.
 */
class ModuleBoundariesTest {

    static JavaClasses practicum;

    @BeforeAll
    static void importClasses() {
        practicum = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.practicum");
    }

    @Test
    void every_module_is_on_the_classpath_so_the_rules_below_have_something_to_check() {
        assertThat(practicum.stream().map(JavaClass::getPackageName))
                .anyMatch(p -> p.startsWith("vn.practicum.engine"))
                .anyMatch(p -> p.startsWith("vn.practicum.processes"))
                .anyMatch(p -> p.startsWith("vn.practicum.field.informationtechnology"))
                .anyMatch(p -> p.startsWith("vn.practicum.webapp"));
    }

    @Test
    void no_field_plugin_depends_on_another() {
        slices().matching("vn.practicum.field.(*)..").should().notDependOnEachOther().check(practicum);
    }

    @Test
    void the_engine_depends_on_no_plugin_no_process_module_and_not_on_the_application() {
        noClasses().that().resideInAPackage("vn.practicum.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.practicum.field..", "vn.practicum.processes..",
                        "vn.practicum.webapp..")
                .check(practicum);
    }

    @Test
    void plugins_and_core_processes_depend_on_the_engine_only() {
        noClasses().that().resideInAPackage("vn.practicum.field..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.practicum.processes..", "vn.practicum.webapp..")
                .check(practicum);
        noClasses().that().resideInAPackage("vn.practicum.processes..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.practicum.field..", "vn.practicum.webapp..")
                .check(practicum);
    }

    @Test
    void the_plugin_spi_depends_on_nothing_but_itself_and_the_jdk() {
        classes().that().resideInAPackage("vn.practicum.engine.spi..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.practicum.engine.spi..", "java..")
                .check(practicum);
    }

    @Test
    void plugins_use_no_engine_internals_of_camunda() {
        noClasses().that().resideInAPackage("vn.practicum.field..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("a field plugin builds on Camunda's public API and Practicum's SPI, which outlive engine internals")
                .check(practicum);
    }
}
