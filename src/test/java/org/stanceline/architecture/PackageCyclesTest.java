package org.stanceline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other in one direction only: a cycle between two of them (through any chain)
 * fails here, naming the classes that close it. See docs/ARCHITECTURE.md for the intended layers.
 */
class PackageCyclesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.stanceline");

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("org.stanceline.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
