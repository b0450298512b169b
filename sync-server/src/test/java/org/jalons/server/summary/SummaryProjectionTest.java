package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.flywaydb.core.Flyway;
import org.jalons.server.JalonsServer;
import org.jalons.server.store.Database;
import org.jalons.server.summary.store.SummaryProjectionStore;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The projector's lease, lag and cursor, with several server instances on one database. */
@ParameterizedClass
@EnumSource(Backend.class)
class SummaryProjectionTest {

    @Parameter
    Backend backend;

    @Test
    void anOrganisationsLeaseHasOneHolderAtATime() throws Exception {
        Org org = Org.create(TestServers.shared(backend));
        SummaryProjectionStore leases = new SummaryProjectionStore();
        Instant now = Instant.now();
        try (Connection c = TestServers.sharedDatabase(backend)) {
            assertThat(leases.lease(c, org.id, "test-a", now, now.plusSeconds(30)))
                    .isTrue();
            assertThat(leases.lease(c, org.id, "test-b", now, now.plusSeconds(30)))
                    .isFalse();
            assertThat(leases.leaseHolder(c, org.id, now)).isEqualTo("test-a");
            assertThat(leases.lease(c, org.id, "test-a", now, now.plusSeconds(30)))
                    .isTrue();
            // an instance that stopped without releasing it: its lease runs out
            Instant later = now.plusSeconds(31);
            assertThat(leases.lease(c, org.id, "test-b", later, later.plusSeconds(30)))
                    .isTrue();
            assertThat(leases.lease(c, org.id, "test-a", later, later.plusSeconds(30)))
                    .isFalse();
            // a cursor moves only under its holder's name and from the seq it read
            assertThat(leases.advance(c, org.id, "test-a", 0, 5, later)).isFalse();
            assertThat(leases.advance(c, org.id, "test-b", 3, 5, later)).isFalse();
            assertThat(leases.cursor(c, org.id).seq()).isZero();
            leases.release(c, org.id, "test-b");
            assertThat(leases.leaseHolder(c, org.id, later)).isNull();
        }
    }

    @Test
    void theLagIsMeasuredAndTheSummarySaysUpToWhichChangeItCounts() throws Exception {
        String url = TestServers.newDatabase(backend);
        try (JalonsServer server = JalonsServer.start(TestServers.config(backend, url))) {
            Org org = Org.create(server);
            Org.Member supervisor = org.supervisor("Sabine Sup");
            new SummaryProjectorTest.History(org, new Random(11)).run(1, 10);
            assertThat(server.projectSummaries()).isTrue();
            long counted = countedUpTo(org, supervisor);
            assertThat(counted).isPositive();
            assertThat(health(org).path("changesBehind").asLong()).isZero();

            // another instance holds the organisation's lease and projects nothing meanwhile
            try (Connection c = TestServers.connect(backend, url)) {
                Instant now = Instant.now();
                new SummaryProjectionStore().lease(c, org.id, "elsewhere", now, now.plusSeconds(120));
                new SummaryProjectorTest.History(org, new Random(12)).run(2, 10);
                Thread.sleep(50);
                JsonNode behind = health(org);
                assertThat(behind.path("changesBehind").asLong()).isGreaterThanOrEqualTo(10);
                assertThat(behind.path("projectorLagMs").asLong()).isPositive();
                assertThat(countedUpTo(org, supervisor)).isEqualTo(counted); // a moment old, and it says so

                new SummaryProjectionStore().release(c, org.id, "elsewhere");
            }
            assertThat(server.projectSummaries()).isTrue();
            JsonNode caughtUp = health(org);
            assertThat(caughtUp.path("changesBehind").asLong()).isZero();
            assertThat(caughtUp.path("projectorLagMs").asLong()).isZero();
            assertThat(countedUpTo(org, supervisor)).isEqualTo(lastSeq(url, org));
        }
    }

    @Test
    void twoInstancesOnOneDatabaseProjectEveryChangeOnce() throws Exception {
        String url = TestServers.newDatabase(backend);
        try (JalonsServer first = JalonsServer.start(TestServers.config(backend, url));
                JalonsServer second = JalonsServer.start(TestServers.config(backend, url))) {
            Org org = Org.create(first);
            Set<String> holders = ConcurrentHashMap.newKeySet();
            AtomicBoolean pushing = new AtomicBoolean(true);
            Thread competitor = new Thread(() -> {
                while (pushing.get()) {
                    second.projectSummaries();
                }
            });
            Thread watcher = new Thread(() -> {
                try (Connection c = TestServers.connect(backend, url)) {
                    SummaryProjectionStore leases = new SummaryProjectionStore();
                    while (pushing.get()) {
                        String holder = leases.leaseHolder(c, org.id, Instant.now());
                        if (holder != null) {
                            holders.add(holder);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            competitor.start();
            watcher.start();
            try {
                new SummaryProjectorTest.History(org, new Random(13)).run(10, 20);
            } finally {
                pushing.set(false);
                competitor.join();
                watcher.join();
            }
            assertThat(first.projectSummaries()).isTrue();
            assertThat(second.projectSummaries()).isTrue();
            assertThat(holders).isNotEmpty();
            Map<String, List<String>> projected;
            try (Connection c = TestServers.connect(backend, url)) {
                projected = SummaryProjectorTest.facts(c, org.id);
            }
            second.rebuildSummary(org.id);
            try (Connection c = TestServers.connect(backend, url)) {
                assertThat(SummaryProjectorTest.facts(c, org.id)).isEqualTo(projected);
            }
        }
    }

    @Test
    void anUpgradedDatabaseStartsItsCursorAtItsLastSeqAndRefusesARebuild() throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("18")
                .load()
                .migrate();
        UUID org = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            try (PreparedStatement s =
                    c.prepareStatement("insert into organisation (id, name, created_at) values (?, ?, ?)")) {
                s.setObject(1, org);
                s.setString(2, "Structure");
                s.setObject(3, OffsetDateTime.now(ZoneOffset.UTC));
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("insert into organisation_seq (organisation_id, last_seq) values (?, 42)")) {
                s.setObject(1, org);
                s.executeUpdate();
            }
        }
        try (JalonsServer server = JalonsServer.start(TestServers.config(backend, url))) {
            try (Connection c = TestServers.connect(backend, url)) {
                SummaryProjectionStore.Cursor cursor = new SummaryProjectionStore().cursor(c, org);
                assertThat(cursor.seq()).isEqualTo(42);
                assertThat(cursor.logFromSeq()).isEqualTo(43);
            }
            assertThatThrownBy(() -> server.rebuildSummary(org))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("starts at seq 43");
        }
    }

    private static long countedUpTo(Org org, Org.Member supervisor) {
        JsonNode summary = org.api
                .get("/api/v1/summary?period=year&from=2026-01-01", supervisor.token())
                .json();
        return summary.at("/countedUpTo/seq").asLong(-1);
    }

    private static JsonNode health(Org org) {
        return org.api.get("/health", null).json().path("summaryProjection");
    }

    private long lastSeq(String url, Org org) throws Exception {
        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement s =
                        c.prepareStatement("select last_seq from organisation_seq where organisation_id = ?")) {
            s.setObject(1, org.id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
