package org.jalons.sync;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The sync layer is plain Java: no screen, no JavaFX, and the store knows nothing of it. */
class SyncArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.jalons");

    @Test
    void syncDependsOnNoUserInterface() {
        noClasses().that().resideInAPackage("org.jalons.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.gluonhq..", "org.jalons.ui..",
                        "org.jalons.platform..", "org.jalons.onboarding..", "org.jalons.home..")
                .check(CLASSES);
    }

    @Test
    void storageDoesNotDependOnSync() {
        noClasses().that().resideInAnyPackage("org.jalons.storage..", "org.jalons.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.jalons.sync..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
