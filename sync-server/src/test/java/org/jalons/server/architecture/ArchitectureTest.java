package org.jalons.server.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The server's layering, checked on every build: {@code api} (HTTP, Javalin) calls {@code service} (rules and
 * transactions), which calls {@code store} (SQL); {@code model} is plain data any layer may use; the root package
 * ({@code JalonsServer}, {@code Main}, {@code ServerConfig}) wires them; {@code db.migration} holds Flyway's Java
 * migrations. Services hold a {@code java.sql.Connection} as the handle of their transaction and pass it to the
 * stores; statements and result sets stay in {@code store} (and migrations). {@code org.jalons.protocol}, compiled
 * into the app too, defines the record kinds, vocabularies and wire records: api, service and store use it, and it
 * uses nothing of the server. {@code summary} is the statistics slice (measures, projector, suppression, queries,
 * exports): a layer of its own beside the services, which push into it and purge its log; it uses the stores and the
 * model, and its JDBC stays in {@code summary.store}.
 */
@AnalyzeClasses(
        packages = {"org.jalons.server", "org.jalons.protocol"},
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layers = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Wiring")
            .definedBy("org.jalons.server")
            .layer("Api")
            .definedBy("org.jalons.server.api..")
            .layer("Service")
            .definedBy("org.jalons.server.service..")
            .layer("Summary")
            .definedBy("org.jalons.server.summary..")
            .layer("Store")
            .definedBy("org.jalons.server.store..")
            .layer("Migrations")
            .definedBy("org.jalons.server.db..")
            .layer("Model")
            .definedBy("org.jalons.server.model..")
            .layer("Protocol")
            .definedBy("org.jalons.protocol..")
            .whereLayer("Wiring")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Api")
            .mayOnlyBeAccessedByLayers("Wiring")
            .whereLayer("Service")
            .mayOnlyBeAccessedByLayers("Api", "Wiring", "Migrations")
            .whereLayer("Summary")
            .mayOnlyBeAccessedByLayers("Wiring", "Api", "Service", "Migrations")
            .whereLayer("Store")
            .mayOnlyBeAccessedByLayers("Service", "Summary", "Wiring", "Migrations")
            .whereLayer("Migrations")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("Protocol")
            // Wiring: the command line prints the pairing link phones read (bootstrap with an address).
            .mayOnlyBeAccessedByLayers("Wiring", "Api", "Service", "Summary", "Store")
            .because("a request goes api -> service -> store and never back up");

    @ArchTest
    static final ArchRule javalinOnlyInApi = noClasses()
            .that()
            .resideOutsideOfPackages("org.jalons.server.api..", "org.jalons.server")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
            .because("HTTP stays at the edge: services are called the same way from tests and commands");

    @ArchTest
    static final ArchRule sqlOnlyInStore = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "org.jalons.server.store..", "org.jalons.server.summary.store..", "org.jalons.server.db..")
            .should()
            .dependOnClassesThat(sqlBeyondTheTransactionHandle())
            .because("SQL statements live next to the store method that runs them");

    @ArchTest
    static final ArchRule summarySqlOnlyInItsStore = noClasses()
            .that()
            .resideInAPackage("org.jalons.server.summary..")
            .and()
            .resideOutsideOfPackage("org.jalons.server.summary.store..")
            .should()
            .dependOnClassesThat(sqlBeyondTheTransactionHandle())
            .because("the summary's measures, projector and queries hand SQL to summary.store, which runs it");

    @ArchTest
    static final ArchRule apiHoldsNoTransaction = noClasses()
            .that()
            .resideInAPackage("org.jalons.server.api..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "com.zaxxer.hikari..")
            .because("a route calls one service method, which owns its transaction");

    @ArchTest
    static final ArchRule protocolStandsAlone = classes()
            .that()
            .resideInAPackage("org.jalons.protocol..")
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("org.jalons.protocol..", "java..", "com.fasterxml.jackson.annotation..")
            .because("the app compiles the protocol too: it holds plain Java and Jackson annotations only");

    @ArchTest
    static final ArchRule noCycles =
            slices().matching("org.jalons.server.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyPackageHasALayer = classes()
            .should()
            .resideInAnyPackage(
                    "org.jalons.server",
                    "org.jalons.server.api..",
                    "org.jalons.server.service..",
                    "org.jalons.server.store..",
                    "org.jalons.server.summary..",
                    "org.jalons.server.db..",
                    "org.jalons.server.model..",
                    "org.jalons.protocol..")
            .because("a new package is placed in a layer of this test, so the rules above cover it");

    /** Any JDBC type but the connection (a transaction's handle) and the exception every JDBC call may throw. */
    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> sqlBeyondTheTransactionHandle() {
        return com.tngtech.archunit.base.DescribedPredicate.describe(
                "JDBC types other than Connection and" + " SQLException",
                c -> (c.getPackageName().equals("java.sql")
                                || c.getPackageName().startsWith("javax.sql")
                                || c.getPackageName().startsWith("org.h2")
                                || c.getPackageName().startsWith("org.postgresql"))
                        && !c.getName().equals("java.sql.Connection")
                        && !c.getName().equals("java.sql.SQLException"));
    }
}
