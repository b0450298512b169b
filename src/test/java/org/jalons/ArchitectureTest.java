package org.jalons;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which package may use which: the layout of DESIGN.md and STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "org.jalons", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses().that().resideInAPackage("org.jalons.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                    "org.jalons.storage..")
            .because("records and rules hold no screen, SQL or storage code");

    @ArchTest
    static final ArchRule storageHasNoScreens = noClasses().that().resideInAPackage("org.jalons.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("the store is used by screens, sync and tests alike");

    @ArchTest
    static final ArchRule screensDoNotTouchTheDatabase = noClasses().that()
            .resideInAnyPackage("org.jalons.ui..", "org.jalons.onboarding..", "org.jalons.home..",
                    "org.jalons.caseload..", "org.jalons.beneficiary..", "org.jalons.goals..",
                    "org.jalons.checkin..", "org.jalons.supervisor..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..")
            .because("screens read and write through the repositories of org.jalons.storage")
            .allowEmptyShould(true);
}
