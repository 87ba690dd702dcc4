package vn.practicum.engine.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import vn.practicum.engine.spi.LocalizedText;

/** The matching stays a plain library: no engine, no database, no Spring; usable from a delegate, a job or a test. */
class MatchingLibraryBoundaryTest {

    @Test
    void depends_on_nothing_but_the_jdk_and_the_spi_s_texts() {
        JavaClasses matching = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.practicum.engine.matching");

        classes().should().onlyDependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("vn.practicum.engine.matching..", "java..")
                        .or(JavaClass.Predicates.belongToAnyOf(LocalizedText.class)))
                .check(matching);
    }
}
