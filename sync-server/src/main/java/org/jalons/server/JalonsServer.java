package org.jalons.server;

import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jalons.server.api.Routes;
import org.jalons.server.api.ServerMetrics;
import org.jalons.server.api.WebServer;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.service.Accounts;
import org.jalons.server.service.AuditViewer;
import org.jalons.server.service.CounsellorProfiles;
import org.jalons.server.service.Devices;
import org.jalons.server.service.Erasure;
import org.jalons.server.service.Pairing;
import org.jalons.server.service.PairingCode;
import org.jalons.server.service.People;
import org.jalons.server.service.PersonRecord;
import org.jalons.server.service.PullService;
import org.jalons.server.service.PushService;
import org.jalons.server.service.Questionnaires;
import org.jalons.server.service.TombstonePurger;
import org.jalons.server.service.TombstoneWindow;
import org.jalons.server.service.Vocabularies;
import org.jalons.server.store.CannotOpenDatabase;
import org.jalons.server.store.Database;
import org.jalons.server.store.H2Backups;
import org.jalons.server.store.Stores;
import org.jalons.server.store.SyncHistory;
import org.jalons.server.summary.SummaryProjector;
import org.jalons.server.summary.SummaryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root, and the public entry point for other modules' tests: start a real server
 * in-process ({@link #start}), set up an organisation, users and pairing codes, then {@link #stop}.
 *
 * <pre>{@code
 * try (JalonsServer server = JalonsServer.start(ServerConfig.h2(tempDir))) {
 *     var org = server.bootstrap("ACI Les Jardins", "Nadia Admin");
 *     User counsellor = server.createUser(org.organisationId(), "Samia", Role.COUNSELLOR, null);
 *     String code = server.issuePairingCode(counsellor).code();
 *     // the app pairs with server.baseUrl() and code
 * }
 * }</pre>
 */
public final class JalonsServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(JalonsServer.class);

    private final Database db;
    private final Accounts accounts;
    private final Pairing pairing;
    private final TombstonePurger purger;
    private final SummaryProjector projector;
    private final Erasure erasure;
    private final Javalin app;
    private final ScheduledExecutorService housekeeping;
    private final ServerConfig config;
    private final boolean tls;
    private volatile boolean started;
    private volatile boolean stopped;

    private JalonsServer(ServerConfig config) {
        this.config = config;
        this.db = openDatabase(config);
        Stores stores = Stores.create();
        this.pairing = new Pairing(db, stores, config.clock());
        this.accounts = new Accounts(db, stores, pairing, config.clock());
        Devices devices = new Devices(db, stores, config.clock());
        this.projector = new SummaryProjector(db, stores, Clock.systemUTC(), "server-" + UUID.randomUUID());
        PushService push = new PushService(db, stores, config.clock(), projector::wake);
        PullService pull = new PullService(db, stores, config.clock());
        SummaryService summaries = new SummaryService(db, stores, config.clock(), projector);
        CounsellorProfiles profiles = new CounsellorProfiles(db, stores, config.clock());
        this.erasure = new Erasure(db, stores, config.clock(), projector);
        this.purger = new TombstonePurger(db, stores, config.clock(), config.tombstoneDays());
        this.tls = config.tlsKeystore() != null;
        WebServer.Listener listener = new WebServer.Listener(
                config.bind(),
                config.port(),
                config.tlsKeystore(),
                config.tlsKeystorePassword(),
                config.trustProxy(),
                config.stopTimeout());
        ServerMetrics metrics = new ServerMetrics(config.metricsToken(), projector::overall);
        this.app = WebServer.create(
                listener,
                metrics,
                javalin -> Routes.declare(
                        javalin.routes,
                        db::isHealthy,
                        accounts,
                        pairing,
                        devices,
                        push,
                        pull,
                        summaries,
                        projector,
                        profiles,
                        () -> started && !stopped,
                        metrics,
                        new AuditViewer(db, stores, config.clock()),
                        erasure,
                        new PersonRecord(db, stores, config.clock()),
                        new People(db, stores, config.clock()),
                        new TombstoneWindow(db, stores, config.clock(), config.tombstoneDays()),
                        new Vocabularies(db, stores, config.clock(), projector),
                        new Questionnaires(db, stores, config.clock())));
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "jalons-housekeeping");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Migrates the database, starts listening, and schedules the hourly tombstone purge. */
    public static JalonsServer start(ServerConfig config) {
        JalonsServer server = new JalonsServer(config);
        try {
            server.app.start();
        } catch (RuntimeException e) {
            server.db.close();
            throw e;
        }
        server.started = true;
        server.projector.start();
        // runs until the executor is shut down on stop; purgeQuietly logs its own failures
        ScheduledFuture<?> unused =
                server.housekeeping.scheduleWithFixedDelay(server::purgeQuietly, 1, 60, TimeUnit.MINUTES);
        // the retention sweep: notices, then erasures once the notice period is over (sync-server/README.md, "Right of
        // access, erasure and retention")
        ScheduledFuture<?> unusedRetention =
                server.housekeeping.scheduleWithFixedDelay(server::retentionQuietly, 5, 24 * 60, TimeUnit.MINUTES);
        if (config.backupDir() != null) {
            // the first a minute after start (sooner when backups are more frequent), then every JALONS_BACKUP_HOURS
            long every = Math.max(1, config.backupEvery().toSeconds());
            ScheduledFuture<?> unusedBackups = server.housekeeping.scheduleWithFixedDelay(
                    server::backupQuietly, Math.min(60, every), every, TimeUnit.SECONDS);
        }
        LOG.info("Jalons sync server listening on {}", server.baseUrl());
        return server;
    }

    /** The same services on the same database, without listening (the {@code bootstrap} command). */
    static JalonsServer offline(ServerConfig config) {
        return new JalonsServer(config);
    }

    private static Database openDatabase(ServerConfig config) {
        if (config.jdbcUrl() != null) {
            return Database.open(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword(), 10);
        }
        return Database.h2File(config.dataDir(), config.dbKey(), 10);
    }

    public int port() {
        return app.port();
    }

    /** e.g. {@code http://127.0.0.1:8787}. */
    public String baseUrl() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port();
    }

    /** Creates an organisation, its first admin and a pairing code for that admin. */
    public Accounts.Bootstrap bootstrap(String organisationName, String adminName) {
        return accounts.bootstrap(organisationName, adminName);
    }

    public User createUser(UUID organisationId, String displayName, Role role, UUID beneficiaryId) {
        return accounts.createUser(organisationId, displayName, role, beneficiaryId);
    }

    public void addToCaseload(UUID organisationId, UUID counsellorId, UUID beneficiaryId) {
        accounts.addToCaseload(organisationId, counsellorId, beneficiaryId);
    }

    /** The organisation's active admins (the {@code reissue-admin-code} command chooses among them). */
    public List<User> admins(UUID organisationId) {
        return accounts.admins(organisationId);
    }

    /** A new one-time code for a locked-out admin, audited (no acting user: the operator on the machine). */
    public PairingCode reissueAdminCode(User admin) {
        return accounts.reissueAdminCode(admin);
    }

    public PairingCode issuePairingCode(User user) {
        return pairing.issueFor(user);
    }

    /**
     * Runs the retention sweep of every organisation now (it also runs every day): people due within the notice
     * period are listed to their admin, people listed long enough before and whose date has come are erased.
     * Returns how many were erased.
     */
    public int sweepRetention() {
        int erased = 0;
        for (UUID org : projector.organisations()) {
            erased += erasure.sweep(org);
        }
        return erased;
    }

    private void retentionQuietly() {
        try {
            int erased = sweepRetention();
            if (erased > 0) {
                LOG.info("Retention: {} people whose support ended long ago were erased", erased);
            }
        } catch (RuntimeException e) {
            LOG.warn("Retention sweep failed; will retry tomorrow", e);
        }
    }

    /** Runs the tombstone purge now (it also runs every hour); returns how many tombstones went. */
    public int purgeTombstones() {
        return purger.purge();
    }

    /** Projects every organisation's waiting changes into the summary facts now; true when all are in. */
    public boolean projectSummaries() {
        boolean all = true;
        for (UUID org : projector.organisations()) {
            all &= projector.catchUp(org, Duration.ofSeconds(60));
        }
        return all;
    }

    /** Rebuilds the summary facts of one organisation from its change log ({@code rebuild-summary}). */
    public void rebuildSummary(UUID organisationId) {
        projector.rebuild(organisationId);
    }

    public List<UUID> organisations() {
        return projector.organisations();
    }

    /**
     * Gives the database a new history id ({@code new-history}, after a PostgreSQL restore): every phone then re-sends
     * what this server may have lost and reads it again (PROTOCOL.md, "A server restored from a backup").
     */
    public UUID newHistory() {
        return db.inTransaction(SyncHistory::replace);
    }

    /** "METHOD path" of every registered HTTP route (used to check openapi.yaml covers them all). */
    public List<String> routes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .map(e -> e.endpoint.method.name() + " " + e.endpoint.path)
                .filter(route -> !route.startsWith("BEFORE") && !route.startsWith("AFTER"))
                .toList();
    }

    /** Stops accepting, lets in-flight requests finish (up to the stop timeout), closes the database. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        housekeeping.shutdownNow();
        if (started) {
            app.stop();
        }
        projector.close();
        db.close();
        if (started) {
            LOG.info("Jalons sync server stopped");
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * Takes a backup now into {@code dir} (online: pushes go on), checks it, and keeps the newest
     * {@code JALONS_BACKUP_KEEP}. H2 only: a PostgreSQL database is backed up with {@code pg_dump} (README).
     */
    public H2Backups.Summary backup(Path dir) {
        if (config.jdbcUrl() != null) {
            throw new CannotOpenDatabase("This server uses PostgreSQL: back it up with pg_dump (see the README,"
                    + " \"Backups\"); the backup command is for the H2 data folder.");
        }
        H2Backups.Summary taken = H2Backups.take(
                db, config.dataDir(), config.dbKey(), dir, config.clock().instant());
        H2Backups.prune(dir, config.backupKeep());
        return taken;
    }

    private void backupQuietly() {
        try {
            H2Backups.Summary taken = backup(config.backupDir());
            LOG.info(
                    "Backup written and checked: {} (schema {}, {} organisations)",
                    taken.file(),
                    taken.schemaVersion(),
                    taken.organisations());
        } catch (RuntimeException e) {
            LOG.error("Backup into {} failed; the previous backups are kept; will retry", config.backupDir(), e);
        }
    }

    private void purgeQuietly() {
        try {
            int purged = purger.purge();
            if (purged > 0) {
                LOG.info("Purged {} tombstones", purged);
            }
        } catch (RuntimeException e) {
            LOG.warn("Tombstone purge failed; will retry", e);
        }
    }
}
