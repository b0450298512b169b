package org.jalons.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.domain.properties.HasOwner;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Which package may use which: the layering of STYLE.md, checked on every build. Every package of the app is in
 * one of these groups ({@link #everyPackageIsPlaced}), so a new package is placed here before it can be built.
 * <ul>
 * <li>{@code protocol}: record kinds, vocabularies, field limits and wire records shared with the sync server
 * (sync-server/protocol), plain Java any group may use;</li>
 * <li>{@code domain}: records and rules, plain Java;</li>
 * <li>{@code storage}: the encrypted store and its repositories; {@code sync}: the sync engine; both headless;</li>
 * <li>{@code platform}: the phone services (Gluon Attach) behind interfaces with desktop versions;</li>
 * <li>{@code ui}: the shared component kit, {@code ui.form} the form state every form keeps its fields and draft in;
 * {@code i18n}: texts;</li>
 * <li>the screen families, listed in {@link #SCREENS};</li>
 * <li>the root package: the application and its screen table, which wire everything.</li>
 * </ul>
 */
@AnalyzeClasses(
        packages = "org.jalons",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class
        }) // the sync server, on the test class path as a jar, has its own rules
class ArchitectureTest {

    static final String[] SCREENS = {
        "org.jalons.onboarding..",
        "org.jalons.session..",
        "org.jalons.caseload..",
        "org.jalons.beneficiary..",
        "org.jalons.goal..",
        "org.jalons.training..",
        "org.jalons.journal..",
        "org.jalons.visit..",
        "org.jalons.supervisor..",
        "org.jalons.admin..",
        "org.jalons.syncui..",
        "org.jalons.settings..",
        "org.jalons.export..",
        "org.jalons.admin..",
        "org.jalons.work.."
    };

    static final String[] HEADLESS = {"org.jalons.domain..", "org.jalons.storage..", "org.jalons.sync.."};

    @ArchTest
    static final ArchRule everyPackageIsPlaced = classes()
            .should()
            .resideInAnyPackage(concat(
                    SCREENS,
                    HEADLESS,
                    "org.jalons",
                    "org.jalons.protocol..",
                    "org.jalons.platform..",
                    "org.jalons.ui..",
                    "org.jalons.i18n.."))
            .because("a new package joins one of the groups above, so every rule here covers it");

    @ArchTest
    static final ArchRule domainIsPlainJava = noClasses()
            .that()
            .resideInAPackage("org.jalons.domain..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "javafx..", "java.sql..", "org.h2..", "org.jalons.storage..", "org.jalons.sync..", "com.gluonhq..")
            .because("records and rules hold no screen, SQL, storage or sync code");

    @ArchTest
    static final ArchRule protocolIsPlainJava = classes()
            .that()
            .resideInAPackage("org.jalons.protocol..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.jalons.protocol..", "java..", "com.fasterxml.jackson.annotation..")
            .because("the sync server compiles the protocol too: it holds plain Java and Jackson annotations only");

    @ArchTest
    static final ArchRule headlessLayersHaveNoScreens = noClasses()
            .that()
            .resideInAnyPackage(HEADLESS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    concat(SCREENS, "javafx..", "com.gluonhq..", "org.jalons.ui..", "org.jalons.platform.."))
            .because("the store and the sync engine run in tests, benchmarks and background threads alike");

    @ArchTest
    static final ArchRule storageKnowsNothingOfSync = noClasses()
            .that()
            .resideInAnyPackage("org.jalons.storage..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.jalons.sync..")
            .because("sync is built on the store, not the other way round");

    @ArchTest
    static final ArchRule screensNeverTalkSql = noClasses()
            .that()
            .resideInAnyPackage(SCREENS)
            .or()
            .resideInAnyPackage("org.jalons.ui..", "org.jalons.i18n..", "org.jalons.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..")
            .because("screens read and write through the repositories of org.jalons.storage");

    @ArchTest
    static final ArchRule sharedUiKnowsNoScreenFamily = noClasses()
            .that()
            .resideInAPackage("org.jalons.ui..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SCREENS)
            .because("the component kit is shared by every screen family");

    @ArchTest
    static final ArchRule onlyThePlatformPackageTouchesGluonAttach = noClasses()
            .that()
            .resideOutsideOfPackage("org.jalons.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.gluonhq.attach..")
            .because("outside gluonfx:run the Attach services are absent: each has a desktop version");

    @ArchTest
    static final ArchRule everyRouteIsInTheScreenTable = noClasses()
            .that()
            .doNotHaveFullyQualifiedName("org.jalons.AppScreens")
            .and()
            .doNotHaveFullyQualifiedName("org.jalons.ui.NavigationTable")
            .and()
            .doNotHaveFullyQualifiedName("org.jalons.admin.AdminScreens") // the admin's parts, called by AppScreens
            .should()
            .callMethodWhere(JavaCall.Predicates.target(HasOwner.Predicates.With.owner(
                            JavaClass.Predicates.equivalentTo(org.jalons.ui.NavigationTable.class)))
                    .and(JavaCall.Predicates.target(HasName.Predicates.nameStartingWith("register"))))
            .because("one screen table, AppScreens, says which view each screen is (the administration's part of it,"
                    + " AdminScreens, is filled from AppScreens): no family registers its own");

    @ArchTest
    static final ArchRule noStockDialogs = noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(javafx.scene.control.Dialog.class)
            .because("a stock Alert or Dialog is a separate desktop window that ignores the theme, the text size and"
                    + " easy-read: dialogs are org.jalons.ui.kit.Dialog and BottomSheet, drawn in the app's window");

    static final ArchRule onOffChoicesAreSwitches = noClasses()
            .should()
            .dependOnClassesThat()
            .areAssignableTo(javafx.scene.control.CheckBox.class)
            .because("a phone shows an on/off choice as a switch (org.jalons.ui.kit.Switch), not a desktop check box");

    @ArchTest
    static final ArchRule noCyclesBetweenLayers = slices().matching(
                    "org.jalons.(protocol|domain|storage|sync|platform|ui)..")
            .should()
            .beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.jalons.(*)..")
            .should()
            .beFreeOfCycles()
            .because("packages depend one way, so that a feature changes without its dependants changing back");

    private static String[] concat(Object... parts) {
        return java.util.Arrays.stream(parts)
                .flatMap(p ->
                        p instanceof String[] a ? java.util.Arrays.stream(a) : java.util.stream.Stream.of((String) p))
                .toArray(String[]::new);
    }
}
