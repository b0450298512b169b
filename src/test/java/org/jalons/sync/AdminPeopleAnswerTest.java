package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.jalons.admin.PeopleSource;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's people list is read from the server's answer as a stream: what it keeps, skips and refuses. */
class AdminPeopleAnswerTest {
    @TempDir
    Path dir;

    MockWebServer server = new MockWebServer();
    LocalStore store;
    PeopleSource source;

    @BeforeEach
    void start() throws Exception {
        server.start();
        store = TestStores.counsellorStore(dir);
        TestPairing.pair(store, server.url("/").toString(), "ADMIN");
        HttpSettings fast = HttpSettings.defaults().withDelays(Duration.ofMillis(1), Duration.ofMillis(2));
        source = PeopleSource.of(new AdminClient(store, SyncApi.newClient(fast, d -> {})));
    }

    @AfterEach
    void stop() throws Exception {
        store.close();
        server.shutdown();
    }

    @Test
    void peopleAreReadWithTheirCounsellorsAndWhatTheAppDoesNotKnowIsSkipped() throws Exception {
        UUID ines = UUID.randomUUID();
        UUID marc = UUID.randomUUID();
        UUID camille = UUID.randomUUID();
        server.enqueue(new MockResponse().setBody("""
                        {"newer":{"nested":[1,{"a":[]}]},"people":[
                         {"counsellors":[{"id":"%s","name":"Camille","since":"2026-01-01"}],"displayName":"Inès Ardent",
                          "entryDate":"2026-01-05","exitDate":null,"id":"%s","lastChange":"2026-12-01T10:00:00Z",
                          "site":"Lille","future":{"x":[{"y":null}]}},
                         {"counsellors":[],"displayName":"Marc","entryDate":null,"exitDate":"2026-11-30","id":"%s",
                          "lastChange":null,"site":null}
                        ],"after":true}""".formatted(camille, ines, marc)));

        List<PeopleSource.Person> people = source.people();

        assertThat(people).hasSize(2);
        PeopleSource.Person first = people.get(0);
        assertThat(first.id()).isEqualTo(ines);
        assertThat(first.name()).isEqualTo("Inès Ardent");
        assertThat(first.site()).isEqualTo("Lille");
        assertThat(first.entryDate()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(first.exitDate()).isNull();
        assertThat(first.lastChange()).isEqualTo(Instant.parse("2026-12-01T10:00:00Z"));
        assertThat(first.counsellors()).containsExactly(new PeopleSource.Counsellor(camille, "Camille"));
        assertThat(first.searchKey()).isEqualTo("ines ardent");
        PeopleSource.Person second = people.get(1);
        assertThat(second.counsellors()).isEmpty();
        assertThat(second.site()).isNull();
        assertThat(second.entryDate()).isNull();
        assertThat(second.exitDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/admin/people");
    }

    @Test
    void theFirstPeopleAreAskedWithALimitAndComeWithTheNumberOfAll() throws Exception {
        server.enqueue(new MockResponse()
                .setBody("{\"people\":[{\"id\":\"" + UUID.randomUUID() + "\",\"displayName\":\"Aïcha\"}],"
                        + "\"total\":5000}"));
        PeopleSource.Page page = source.firstPeople(100);
        assertThat(page.people()).extracting(PeopleSource.Person::name).containsExactly("Aïcha");
        assertThat(page.total()).isEqualTo(5000);
        assertThat(server.takeRequest().getRequestUrl().queryParameter("limit")).isEqualTo("100");
        // an older server's answer, every person and no total
        server.enqueue(new MockResponse().setBody("{\"people\":[{\"id\":\"" + UUID.randomUUID() + "\"}]}"));
        assertThat(source.firstPeople(100).total()).isEqualTo(1);
        server.enqueue(new MockResponse().setBody("{\"people\":[],\"total\":\"many\"}"));
        assertThatThrownBy(() -> source.firstPeople(100)).isInstanceOf(SyncException.class);
    }

    @Test
    void anAnswerTheListCannotFollowIsARefusalNotACrash() {
        for (String body : List.of(
                "not json",
                "[]",
                "{\"people\":{}}",
                "{\"people\":[{\"displayName\":\"Sans identifiant\"}]}",
                "{\"people\":[{\"id\":\"not-a-uuid\"}]}",
                "{\"people\":[{\"id\":\"" + UUID.randomUUID() + "\",\"entryDate\":\"hier\"}]}",
                "{\"people\":[{\"id\":\"" + UUID.randomUUID() + "\",\"counsellors\":{}}]}",
                "{\"people\":[1]}",
                "{\"people\":[{\"id\":\"" + UUID.randomUUID() + "\",\"counsellors\":[\"Camille\"]}]}",
                "{\"people\":[")) {
            server.enqueue(new MockResponse().setBody(body));
            assertThatThrownBy(source::people)
                    .as(body)
                    .isInstanceOfSatisfying(
                            SyncException.class, e -> assertThat(e.problem()).isEqualTo(SyncProblem.SERVER_REFUSED));
        }
    }

    @Test
    void aSearchKeyDropsAccentsCaseAndTheSpacesAtTheEnds() {
        assertThat(PeopleSource.key("  Élodie Ñúñez ")).isEqualTo("elodie nunez");
        assertThat(PeopleSource.key("Aïcha")).isEqualTo(PeopleSource.key("aicha"));
        assertThat(PeopleSource.key(null)).isEmpty();
    }
}
