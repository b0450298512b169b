package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.jalons.server.JalonsServer;
import org.jalons.server.store.Database;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Sequence numbers per organisation: a push locks only its own organisation's counter, so pushes of different
 * organisations never wait for each other, while pushes of one organisation still commit in seq order
 * (invariant 5; {@code ConcurrentSyncTest} checks that no pull skips a change).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OrganisationSequenceTest {

    @Parameter
    Backend backend;

    @Test
    void aPushDoesNotWaitForAnotherOrganisationsPushButWaitsForItsOwn() throws Exception {
        JalonsServer server = TestServers.shared(backend);
        Org first = Org.create(server);
        Org second = Org.create(server);
        Org.Member firstCounsellor = first.counsellor("Samia CIP");
        Org.Member secondCounsellor = second.counsellor("Karim CIP");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Connection held = TestServers.sharedDatabase(backend)) {
            held.setAutoCommit(false);
            // what a long push of the first organisation does: hold its counter row until commit
            try (PreparedStatement s = held.prepareStatement(
                    "select last_seq from organisation_seq where organisation_id = ? for update")) {
                s.setObject(1, first.id);
                s.executeQuery().close();
            }
            Future<JsonNode> other = pool.submit(() ->
                    second.push(secondCounsellor, Changes.batch(Changes.newBeneficiary(UUID.randomUUID(), "Lina M."))));
            assertThat(other.get(15, TimeUnit.SECONDS).at("/results/0/status").asText())
                    .isEqualTo("APPLIED");

            Future<JsonNode> same = pool.submit(() ->
                    first.push(firstCounsellor, Changes.batch(Changes.newBeneficiary(UUID.randomUUID(), "Paul D."))));
            Thread.sleep(500);
            assertThat(same)
                    .as("a push of the organisation whose counter is held waits")
                    .isNotDone();
            held.commit();
            assertThat(same.get(15, TimeUnit.SECONDS).at("/results/0/status").asText())
                    .isEqualTo("APPLIED");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachOrganisationNumbersItsOwnChangesFromOne() {
        JalonsServer server = TestServers.shared(backend);
        Org first = Org.create(server);
        Org second = Org.create(server);
        Org.Member firstCounsellor = first.counsellor("Samia CIP");
        Org.Member secondCounsellor = second.counsellor("Karim CIP");
        for (int i = 0; i < 3; i++) {
            first.newBeneficiary(firstCounsellor);
            second.newBeneficiary(secondCounsellor);
        }
        first.newBeneficiary(firstCounsellor);

        JsonNode firstPage = first.pull(firstCounsellor, 0);
        JsonNode secondPage = second.pull(secondCounsellor, 0);
        assertThat(seqs(firstPage)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(seqs(secondPage)).containsExactly(1L, 2L, 3L);
        assertThat(firstPage.get("cursor").asLong()).isEqualTo(4);
        assertThat(secondPage.get("cursor").asLong()).isEqualTo(3);
    }

    @Test
    void migratingStartsEveryOrganisationAboveEverySeqItHasServed() throws Exception {
        String url = TestServers.newDatabase(backend);
        String user = backend == Backend.H2 ? "sa" : "postgres";
        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .target("15")
                .load()
                .migrate();
        UUID busy = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        try (Connection c = TestServers.connect(backend, url)) {
            for (UUID org : new UUID[] {busy, quiet}) {
                run(
                        c,
                        "insert into organisation (id, name, created_at) values (?, ?, ?)",
                        org,
                        "Structure " + org,
                        OffsetDateTime.now());
            }
            run(c, "update sync_counter set last_seq = 42 where id = 1");
        }

        Flyway.configure()
                .dataSource(url, user, "")
                .locations(Database.MIGRATIONS)
                .load()
                .migrate();

        try (Connection c = TestServers.connect(backend, url);
                PreparedStatement s = c.prepareStatement("select organisation_id, last_seq from organisation_seq");
                ResultSet rows = s.executeQuery()) {
            Map<UUID, Long> counters = new HashMap<>();
            while (rows.next()) {
                counters.put(rows.getObject(1, UUID.class), rows.getLong(2));
            }
            assertThat(counters).containsOnly(Map.entry(busy, 42L), Map.entry(quiet, 42L));
        }
        try (JalonsServer server = JalonsServer.start(TestServers.config(backend, url))) {
            Org fresh = Org.create(server);
            Org.Member counsellor = fresh.counsellor("Samia CIP");
            fresh.newBeneficiary(counsellor);
            assertThat(seqs(fresh.pull(counsellor, 0))).containsExactly(1L);
        }
    }

    private static java.util.List<Long> seqs(JsonNode page) {
        java.util.List<Long> seqs = new java.util.ArrayList<>();
        page.get("records").forEach(r -> seqs.add(r.get("seq").asLong()));
        return seqs;
    }

    private static void run(Connection c, String sql, Object... args) throws Exception {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }
}
