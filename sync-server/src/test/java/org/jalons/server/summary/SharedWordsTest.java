package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The words people share with the structure (PROTOCOL.md, "Shared words"): a supervisor reads them without any name,
 * by theme and month, only once the counsellor re-read them with the person, only where at least k people (5 here)
 * said a theme's words, and never again once the person withdraws them or their consent.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class SharedWordsTest {

    private static final String QUERY = "/api/v1/summary/words?period=year&from=2026-01-01";

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member supervisor;
    People people;

    /** One person's shared words: the person, the shared word, the words' text and record. */
    record Shared(UUID person, UUID word, String text, UUID words) {}

    @BeforeEach
    void organisation() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Direction");
        people = new People(org, counsellor);
    }

    @Test
    void aThemesWordsShowOnlyOnceKPeopleSharedThemAndEachWasReread() {
        List<Shared> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shared.add(shareComment("MOBILITE", "2026-0" + (5 - i) + "-10T10:00:00Z", "Je prends le bus seule " + i));
        }
        for (int i = 0; i < 4; i++) {
            reread(shared.get(i));
        }
        JsonNode fourPeople = words(supervisor);
        assertThat(fourPeople.get("k").asInt()).isEqualTo(5);
        assertThat(fourPeople.get("groups")).isEmpty();
        assertThat(fourPeople.get("suppressed").asInt()).isEqualTo(1);

        reread(shared.get(4));
        JsonNode five = words(supervisor);

        assertThat(five.get("suppressed").asInt()).isZero();
        assertThat(five.at("/groups/0/theme").asText()).isEqualTo("MOBILITE");
        // by month, then text: the order says nothing of who said them
        assertThat(texts(five.at("/groups/0/words")))
                .containsExactly(
                        "Je prends le bus seule 4",
                        "Je prends le bus seule 3",
                        "Je prends le bus seule 2",
                        "Je prends le bus seule 1",
                        "Je prends le bus seule 0");
        assertThat(five.at("/groups/0/words/0/month").asText()).isEqualTo("2026-01");
        for (Shared s : shared) {
            assertThat(five.toString())
                    .doesNotContain(s.person().toString())
                    .doesNotContain(s.word().toString());
        }
    }

    @Test
    void withdrawnWordsAndAWithdrawnConsentTakeTheWordsAwayAtOnce() {
        List<Shared> shared = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Shared s = shareComment("TROUVER_EMPLOI", "2026-03-10T10:00:00Z", "Mon chef me fait confiance " + i);
            reread(s);
            shared.add(s);
        }
        assertThat(texts(words(supervisor).at("/groups/0/words"))).hasSize(6);

        withdraw(shared.get(0));
        JsonNode afterWithdrawal = words(supervisor);
        assertThat(texts(afterWithdrawal.at("/groups/0/words")))
                .hasSize(5)
                .doesNotContain(shared.get(0).text());

        people.consent(shared.get(1).person(), "NOTES_SHARED_SUPERVISOR", false, "2026-05-01T10:00:00Z");
        people.push();
        JsonNode afterConsent = words(supervisor);
        assertThat(afterConsent.get("groups")).isEmpty();
        assertThat(afterConsent.get("suppressed").asInt()).isEqualTo(1);
    }

    @Test
    void wordsNeverRereadOrOfAPersonOutOfTheStatisticsNeverShow() {
        List<Shared> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            shared.add(shareComment("LOGEMENT", "2026-03-10T10:00:00Z", "J’ai signé mon bail " + i));
        }
        assertThat(words(supervisor).get("groups")).isEmpty();
        assertThat(words(supervisor).get("suppressed").asInt()).isZero(); // shared, not re-read: not even counted

        shared.forEach(this::reread);
        assertThat(words(supervisor).get("groups")).hasSize(1);

        people.consent(shared.get(0).person(), "ANONYMOUS_STATISTICS", false, "2026-05-01T10:00:00Z");
        people.push();
        assertThat(words(supervisor).get("groups")).isEmpty();
    }

    @Test
    void aRebuildGivesTheSameWordsAndAnErasedPersonsWordsLeave() {
        List<Shared> shared = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Shared s = shareComment("MOBILITE", "2026-03-10T10:00:00Z", "Je roule à vélo " + i);
            reread(s);
            shared.add(s);
        }
        JsonNode before = words(supervisor);
        assertThat(texts(before.at("/groups/0/words"))).hasSize(5);

        org.server.rebuildSummary(org.id);
        assertThat(words(supervisor)).isEqualTo(before);

        Api.Response erased = org.api.post(
                "/api/v1/admin/people/" + shared.get(0).person() + "/erase",
                org.admin.token(),
                Json.object().put("reason", "REQUEST"));
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        JsonNode after = words(supervisor);
        assertThat(after.get("groups")).isEmpty();
        assertThat(after.toString()).doesNotContain(shared.get(0).text());
    }

    @Test
    void thePersonsSharedWordsAreInWhatIsStoredAboutThem() {
        UUID person = personSharingNotes();
        people.push();
        Shared own = shareNote(person, null, "Je conduis");
        Api.Response record = org.api.get("/api/v1/admin/people/" + person + "/record.json", org.admin.token());
        assertThat(record.status()).as(record.toString()).isEqualTo(200);
        assertThat(record.json().toString()).contains(own.word().toString()).contains("sharedWord");
    }

    @Test
    void aNoteSpeaksAboutTheGoalThePersonNamesOrAboutNone() {
        for (int i = 0; i < 5; i++) {
            UUID person = personSharingNotes();
            UUID goal = people.goal(person, "SE_FORMER", "EN_COURS", "2026-01-10", null);
            people.push();
            reread(shareNote(person, goal, "Je veux apprendre la soudure " + i));
            reread(shareNote(person, null, "Je dors mieux " + i));
        }

        JsonNode answer = words(supervisor);

        assertThat(answer.at("/groups/0/theme").isNull()).isTrue(); // about no goal: sans thème
        assertThat(texts(answer.at("/groups/0/words"))).allMatch(t -> t.startsWith("Je dors mieux"));
        assertThat(answer.at("/groups/1/theme").asText()).isEqualTo("SE_FORMER");
        assertThat(texts(answer.at("/groups/1/words"))).hasSize(5);
        assertThat(texts(org.api
                        .get(QUERY + "&theme=SE_FORMER", supervisor.token())
                        .json()
                        .at("/groups/0/words")))
                .hasSize(5)
                .allMatch(t -> t.startsWith("Je veux apprendre"));
    }

    @Test
    void onlySupervisorsAndAdminsReadTheWordsAndFiltersAreChecked() {
        UUID person = personSharingNotes();
        people.push();

        assertThat(org.api.get(QUERY, counsellor.token()).status()).isEqualTo(403);
        assertThat(org.api.get(QUERY, people.phone(person).token()).status()).isEqualTo(403);
        assertThat(org.api.get(QUERY, org.admin.token()).status()).isEqualTo(200);
        Api.Response badPeriod = org.api.get("/api/v1/summary/words?period=week", supervisor.token());
        assertThat(badPeriod.status()).isEqualTo(400);
        assertThat(badPeriod.json().get("error").asText()).isEqualTo("invalid_period");
        assertThat(org.api
                        .get(QUERY + "&theme=custom:secret", supervisor.token())
                        .status())
                .isEqualTo(400);
        assertThat(org.api
                        .get(QUERY + "&site=Nord&site=Sud", supervisor.token())
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aSharedWordPointsAtThePersonsOwnWordsAndEachWritesOnlyTheirPart() {
        UUID person = personSharingNotes();
        UUID other = personSharingNotes();
        UUID goal = people.goal(person, "MOBILITE", "EN_COURS", "2026-01-10", null);
        people.push();
        UUID counsellorsNote = UUID.randomUUID();
        org.applied(
                counsellor,
                Changes.upsert(
                        "note",
                        counsellorsNote,
                        person,
                        0,
                        "text",
                        "Notes de la CIP",
                        "writtenAt",
                        "2026-03-01T10:00:00Z",
                        "authorRole",
                        "COUNSELLOR"));
        Shared othersWords = shareNote(other, null, "Mes mots à moi");

        assertThat(refusal(people.phone(person), sharedWord(person, counsellorsNote)))
                .isEqualTo("not_own_words");
        assertThat(refusal(people.phone(person), sharedWord(person, othersWords.words())))
                .isEqualTo("not_own_words");
        assertThat(refusal(people.phone(other), sharedWord(other, goal))).isEqualTo("not_own_words");

        Shared own = shareNote(person, goal, "Je conduis");
        assertThat(refusal(counsellor, sharedWord(person, own.words()))).isEqualTo("forbidden_write");
        assertThat(refusal(
                        people.phone(person),
                        Changes.upsert("sharedWord", own.word(), person, 1, "rereadAt", "2026-03-02T10:00:00Z")))
                .isEqualTo("forbidden_write");
        reread(own);
        withdraw(own);
        // withdrawn for good: sharing again is a new record, which needs a new re-read
        ObjectNode unwithdraw = Changes.upsert("sharedWord", own.word(), person, 3);
        ((ObjectNode) unwithdraw.get("fields")).putNull("withdrawnAt");
        assertThat(refusal(people.phone(person), unwithdraw)).isEqualTo("forbidden_write");
    }

    // ---- helpers ----

    private UUID personSharingNotes() {
        UUID person = people.person("Nord", "2026-01-05");
        people.consent(person, "NOTES_SHARED_SUPERVISOR", true, "2026-01-05T10:00:00Z");
        return person;
    }

    /** A person (sharing their notes) rates a new goal of {@code theme} with a comment, and shares the comment. */
    private Shared shareComment(String theme, String ratedAt, String comment) {
        UUID person = personSharingNotes();
        UUID goal = people.goal(person, theme, "EN_COURS", "2026-01-10", null);
        people.push();
        UUID checkIn = UUID.randomUUID();
        org.applied(
                people.phone(person),
                Changes.upsert(
                        "checkIn",
                        checkIn,
                        person,
                        0,
                        "goalId",
                        goal.toString(),
                        "rater",
                        "BENEFICIARY",
                        "rating",
                        6,
                        "ratedAt",
                        ratedAt,
                        "comment",
                        comment));
        UUID word = UUID.randomUUID();
        org.applied(people.phone(person), sharedWord(word, person, checkIn, null));
        return new Shared(person, word, comment, checkIn);
    }

    private Shared shareNote(UUID person, UUID goal, String text) {
        UUID note = UUID.randomUUID();
        org.applied(
                people.phone(person),
                Changes.upsert(
                        "note",
                        note,
                        person,
                        0,
                        "text",
                        text,
                        "writtenAt",
                        "2026-04-01T10:00:00Z",
                        "authorRole",
                        "BENEFICIARY"));
        UUID word = UUID.randomUUID();
        org.applied(people.phone(person), sharedWord(word, person, note, goal));
        return new Shared(person, word, text, note);
    }

    private static ObjectNode sharedWord(UUID person, UUID recordId) {
        return sharedWord(UUID.randomUUID(), person, recordId, null);
    }

    private static ObjectNode sharedWord(UUID id, UUID person, UUID recordId, UUID goal) {
        ObjectNode change = Changes.upsert(
                "sharedWord", id, person, 0, "recordId", recordId.toString(), "sharedAt", "2026-04-02T10:00:00Z");
        if (goal != null) {
            ((ObjectNode) change.get("fields")).put("goalId", goal.toString());
        }
        return change;
    }

    private void reread(Shared shared) {
        org.applied(
                counsellor,
                Changes.upsert("sharedWord", shared.word(), shared.person(), 1, "rereadAt", "2026-04-03T10:00:00Z"));
    }

    private void withdraw(Shared shared) {
        org.applied(
                people.phone(shared.person()),
                Changes.upsert("sharedWord", shared.word(), shared.person(), 2, "withdrawnAt", "2026-04-04T10:00:00Z"));
    }

    private String refusal(Org.Member who, ObjectNode change) {
        JsonNode result = org.push(who, Changes.batch(change)).at("/results/0");
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("REJECTED");
        return result.get("error").asText();
    }

    private JsonNode words(Org.Member who) {
        Api.Response response = org.api.get(QUERY, who.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> texts(JsonNode words) {
        List<String> texts = new ArrayList<>();
        words.forEach(w -> texts.add(w.get("text").asText()));
        return texts;
    }
}
