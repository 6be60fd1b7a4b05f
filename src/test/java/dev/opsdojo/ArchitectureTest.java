package dev.opsdojo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The engines stay pure Java: only the shell (app) and the *.ui packages may touch JavaFX. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.opsdojo");
    }

    @Test
    void engineCodeImportsNoUiToolkit() {
        noClasses().that().resideOutsideOfPackages("dev.opsdojo.app..", "dev.opsdojo..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..", "org.kordamp.ikonli..")
                .because("content, scheduling, simulation and calculators must run headless and be tested without a toolkit")
                .check(classes);
    }

    @Test
    void engineCodeDoesNotReachIntoViews() {
        noClasses().that().resideOutsideOfPackages("dev.opsdojo.app..", "dev.opsdojo..ui..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.opsdojo.app..", "dev.opsdojo..ui..")
                .check(classes);
    }

    @Test
    void viewsDoNotDependOnTheShell() {
        noClasses().that().resideInAPackage("dev.opsdojo..ui..")
                .should().dependOnClassesThat().resideInAPackage("dev.opsdojo.app..")
                .because("the shell composes the views; a view reaching back into it would make a cycle")
                .check(classes);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching("dev.opsdojo.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void theCommandLineSharesTheEnginesNotTheScreens() {
        noClasses().that().resideInAPackage("dev.opsdojo.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "dev.opsdojo..ui..", "dev.opsdojo.app..")
                .check(classes);
    }
}
