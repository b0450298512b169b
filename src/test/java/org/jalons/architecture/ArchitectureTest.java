package org.jalons.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Which package may use which: the layering of STYLE.md, checked on every build. */
@AnalyzeClasses(packages = "org.jalons", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    static final String[] SCREENS = {"org.jalons.ui..", "org.jalons.onboarding..", "org.jalons.caseload..",
        "org.jalons.beneficiary..", "org.jalons.supervisor..", "org.jalons.i18n..", "org.jalons.session.."};

    @ArchTest
    static final ArchRule domainKnowsNoScreenAndNoDatabase = noClasses().that().resideInAPackage("org.jalons.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..");

    @ArchTest
    static final ArchRule screensNeverTalkSqlDirectly = noClasses().that().resideInAnyPackage(SCREENS)
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule storageKnowsNoScreen = noClasses().that().resideInAPackage("org.jalons.storage..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jalons.ui..");

    @ArchTest
    static final ArchRule sharedUiKnowsNoScreenFamily = noClasses().that().resideInAPackage("org.jalons.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jalons.onboarding..", "org.jalons.caseload..",
                    "org.jalons.beneficiary..", "org.jalons.supervisor..", "org.jalons.session..");

    @ArchTest
    static final ArchRule onlyThePlatformPackageTouchesGluonAttach = noClasses().that()
            .resideOutsideOfPackage("org.jalons.platform..")
            .should().dependOnClassesThat().resideInAPackage("com.gluonhq.attach..");
}
