package org.jalons.sync.e2e;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.ServerConfig;
import org.jalons.server.model.Role;
import org.jalons.server.store.H2Backups;

/**
 * The real sync server (org.jalons:jalons-sync-server, a test-scoped dependency) running in this JVM, on an H2 file
 * database of its own, through its public in-process API ({@link JalonsServer}).
 *
 * <p>Both projects share this test class path: the server keeps its Flyway migrations under
 * {@code org/jalons/server/db/migration} and the app under {@code db/migration}, so neither reads the other's;
 * Jackson, H2, Flyway, SLF4J and Logback are the same versions on both sides; the server's logging configuration
 * is named {@code jalons-server-logback.xml}, so this module's {@code logback-test.xml} is the one in force. The
 * one difference is Kotlin's standard library: OkHttp 4 brings 1.8.21 (nearest in the tree, so it wins), Javalin 7
 * is built on 2.2; every Kotlin class Javalin 7.2.3 refers to exists in 1.8.21 and the end-to-end suites pass on it.
 * If a later Javalin needs a newer one, pin {@code kotlin-stdlib} in the pom (OkHttp runs on newer ones too)
 * rather than going back to a separate class loader. {@code MigrationLocationsTest} keeps the migrations apart.
 */
public final class RealServer implements AutoCloseable {
    /** A user account on the server. */
    public record User(UUID id, org.jalons.server.model.User handle) {}

    private final JalonsServer server;
    private final UUID organisationId;
    private final String adminPairingCode;

    private RealServer(JalonsServer server, UUID organisationId, String adminPairingCode) {
        this.server = server;
        this.organisationId = organisationId;
        this.adminPairingCode = adminPairingCode;
    }

    /** Always true now that the server is an ordinary test dependency (kept for the tests that ask). */
    public static boolean available() {
        return true;
    }

    public static RealServer start(Path dataDir) {
        return start(dataDir, Clock.systemUTC());
    }

    /**
     * Starts a server again on the data folder of a server that was stopped (same database, no new organisation),
     * on a new random port: fault-injection tests restart the server mid-sync this way.
     */
    public static RealServer restart(Path dataDir, UUID organisationId) {
        return new RealServer(JalonsServer.start(ServerConfig.h2(dataDir)), organisationId, null);
    }

    public UUID organisationId() {
        return organisationId;
    }

    /** Adds a beneficiary to a counsellor's caseload (the admin's screen does it over HTTP). */
    public void addToCaseload(UUID counsellorId, UUID beneficiaryId) {
        server.addToCaseload(organisationId, counsellorId, beneficiaryId);
    }

    /** Listening on {@code port} of 127.0.0.1 (0: any free port). */
    public static RealServer start(Path dataDir, int port) {
        JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir).withPort(port));
        var bootstrap = server.bootstrap("ACI Les Jardins", "Nadia Admin");
        return new RealServer(
                server, bootstrap.organisationId(), bootstrap.pairingCode().code());
    }

    /** With the server's clock (tombstone retention is counted on it). */
    public static RealServer start(Path dataDir, Clock clock) {
        JalonsServer server = JalonsServer.start(ServerConfig.h2(dataDir).withClock(clock));
        var bootstrap = server.bootstrap("ACI Les Jardins", "Nadia Admin");
        return new RealServer(
                server, bootstrap.organisationId(), bootstrap.pairingCode().code());
    }

    /** The one-time code of the organisation's first admin, made by the bootstrap. */
    public String adminPairingCode() {
        return adminPairingCode;
    }

    /** The retention sweep, as the running server does daily: notices, then erasures; returns how many went. */
    public int sweepRetention() {
        return server.sweepRetention();
    }

    /** Purges the tombstones older than the retention window now; returns how many went. */
    public int purgeTombstones() {
        return server.purgeTombstones();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public int port() {
        return server.port();
    }

    public User createUser(String displayName, String role, UUID beneficiaryId) {
        org.jalons.server.model.User user =
                server.createUser(organisationId, displayName, Role.valueOf(role), beneficiaryId);
        return new User(user.id(), user);
    }

    public String pairingCode(User user) {
        return server.issuePairingCode(user.handle()).code();
    }

    /** Takes a backup now, as the running server does on schedule (online: phones may push meanwhile). */
    public Path backup(Path backupDir) {
        return server.backup(backupDir).file();
    }

    /**
     * Restores {@code backup} into the empty folder {@code dataDir} (the {@code restore} command) and starts a server
     * on it, listening on {@code port} (the address the phones were paired with).
     */
    public static RealServer restored(Path backup, Path dataDir, UUID organisationId, int port) {
        H2Backups.restore(backup, dataDir, null);
        return new RealServer(JalonsServer.start(ServerConfig.h2(dataDir).withPort(port)), organisationId, null);
    }

    @Override
    public void close() {
        server.stop();
    }
}
