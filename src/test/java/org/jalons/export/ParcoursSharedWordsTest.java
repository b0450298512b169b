package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The words a person shared with the structure (and withdrew) are in their copy of their data, and come back in: a
 * shared word always names the person's own words of the same file, never anything else.
 */
class ParcoursSharedWordsTest {
    private static final Instant SAID = TestStores.CLOCK.instant().minusSeconds(86_400);

    @TempDir
    Path dir;

    private UUID note;
    private UUID checkIn;
    private UUID goal;
    private UUID counsellorsNote;
    private SharedWord sharedNote;
    private SharedWord withdrawnComment;

    /** Samia's demo parcours with a note and a comment of hers shared, the comment's sharing since withdrawn. */
    private byte[] export(String folder) {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve(folder))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            Goal first = store.goals().forBeneficiary(DemoOrganisation.SAMIA).get(0);
            goal = first.id();
            note = store.notes()
                    .save(new Note(
                            JalonsRecord.newId(),
                            DemoOrganisation.SAMIA,
                            "J’ai trouvé un stage",
                            SAID,
                            Rater.BENEFICIARY))
                    .id();
            counsellorsNote = store.notes()
                    .save(new Note(JalonsRecord.newId(), DemoOrganisation.SAMIA, "Relancer", SAID, Rater.COUNSELLOR))
                    .id();
            checkIn = store.checkIns()
                    .save(new CheckIn(
                            JalonsRecord.newId(),
                            DemoOrganisation.SAMIA,
                            goal,
                            Rater.BENEFICIARY,
                            7,
                            "Le code me fait peur",
                            SAID))
                    .id();
            sharedNote = store.sharedWords()
                    .save(new SharedWord(
                            JalonsRecord.newId(),
                            DemoOrganisation.SAMIA,
                            note,
                            goal,
                            SAID,
                            SAID.plusSeconds(60),
                            null));
            withdrawnComment = store.sharedWords()
                    .save(new SharedWord(
                            JalonsRecord.newId(),
                            DemoOrganisation.SAMIA,
                            checkIn,
                            null,
                            SAID,
                            null,
                            SAID.plusSeconds(3600)));
            return new ParcoursExporter(store, TestStores.CLOCK).json(DemoOrganisation.SAMIA);
        }
    }

    private static List<JsonNode> sharedWords(JsonNode file) {
        List<JsonNode> out = new java.util.ArrayList<>();
        file.get("records").forEach(e -> {
            if (e.get("kind").asText().equals("sharedWord")) {
                out.add(e);
            }
        });
        return out;
    }

    @Test
    void theCopySaysWhichWordsWereSharedAndWhenWithdrawnAndTheyComeBackIdentical() throws Exception {
        byte[] json = export("a");
        JsonNode file = Json.MAPPER.readTree(json);
        List<JsonNode> shared = sharedWords(file);
        assertThat(shared)
                .extracting(e -> e.get("fields").get("recordId").asText())
                .containsExactlyInAnyOrder(note.toString(), checkIn.toString());
        JsonNode withdrawn = shared.stream()
                .filter(e -> e.get("id").asText().equals(withdrawnComment.id().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(withdrawn.get("fields").get("withdrawnAt").asText())
                .isEqualTo(withdrawnComment.withdrawnAt().toString());

        try (LocalStore fresh = TestStores.counsellorStore(dir.resolve("b"))) {
            ImportReport report = new ParcoursImporter(fresh).importBytes(json);
            assertThat(report.succeeded()).as(report.toString()).isTrue();
            assertThat(fresh.sharedWords().forBeneficiary(DemoOrganisation.SAMIA))
                    .containsExactlyInAnyOrder(sharedNote, withdrawnComment);
        }
    }

    @Test
    void aSharedWordOfWordsNotInTheFileOrNotThePersonsIsRefusedAndNothingIsWritten() throws Exception {
        byte[] json = export("a");
        Map<String, String> cases = Map.of(
                "recordId", UUID.randomUUID().toString(),
                "goalId", UUID.randomUUID().toString());
        for (var c : cases.entrySet()) {
            assertRefused(
                    json,
                    c.getKey(),
                    c.getValue(),
                    "recordId".equals(c.getKey())
                            ? "import.refused.sharedWordRecord"
                            : "import.refused.sharedWordGoal");
        }
        // a counsellor's note is not the person's words to share
        assertRefused(json, "recordId", counsellorsNote.toString(), "import.refused.sharedWordRecord");
        // nor is a goal
        assertRefused(json, "recordId", goal.toString(), "import.refused.sharedWordRecord");
    }

    private void assertRefused(byte[] json, String field, String value, String key) throws Exception {
        ObjectNode file = (ObjectNode) Json.MAPPER.readTree(json);
        ObjectNode entry = (ObjectNode) sharedWords(file).stream()
                .filter(e -> e.get("id").asText().equals(sharedNote.id().toString()))
                .findFirst()
                .orElseThrow();
        ((ObjectNode) entry.get("fields")).put(field, value);
        int index = 0;
        for (JsonNode e : file.get("records")) {
            index++;
            if (e == entry) {
                break;
            }
        }
        Path where = dir.resolve("fresh-" + UUID.randomUUID());
        try (LocalStore fresh = TestStores.counsellorStore(where)) {
            ImportReport report = new ParcoursImporter(fresh).importBytes(Json.MAPPER.writeValueAsBytes(file));
            assertThat(report.succeeded()).isFalse();
            assertThat(report.refused())
                    .containsExactly(new ImportReport.Refusal(
                            index, "sharedWord", sharedNote.id().toString(), key, ""));
            assertThat(fresh.beneficiaries().find(DemoOrganisation.SAMIA)).isEmpty();
            assertThat(fresh.notes().forBeneficiary(DemoOrganisation.SAMIA)).isEmpty();
            assertThat(fresh.sharedWords().forBeneficiary(DemoOrganisation.SAMIA))
                    .isEmpty();
            assertThat(fresh.outbox().pendingCount()).isZero();
        }
    }

    @Test
    void onTheirNewPhoneTheSharedWordsNameTheirWordsUnderTheNewIds() throws Exception {
        byte[] json = export("a");
        try (LocalStore phone = TestStores.profiles(dir.resolve("phone"), TestStores.CLOCK)
                .create("Samia", Role.BENEFICIARY, TestStores.PIN.clone())) {
            UUID me = phone.profile().beneficiaryId();
            ImportReport report = new ParcoursImporter(phone).importBytes(json);
            assertThat(report.succeeded()).as(report.toString()).isTrue();

            List<SharedWord> words = phone.sharedWords().forBeneficiary(me);
            assertThat(words).hasSize(2);
            SharedWord mine = words.stream()
                    .filter(w -> w.withdrawnAt() == null)
                    .findFirst()
                    .orElseThrow();
            assertThat(mine.recordId()).isEqualTo(ParcoursImporter.newId(me, note));
            assertThat(mine.goalId()).isEqualTo(ParcoursImporter.newId(me, goal));
            assertThat(phone.notes().find(mine.recordId()).orElseThrow().text()).isEqualTo("J’ai trouvé un stage");
            SharedWord withdrawn = words.stream()
                    .filter(w -> w.withdrawnAt() != null)
                    .findFirst()
                    .orElseThrow();
            assertThat(phone.checkIns().find(withdrawn.recordId()).orElseThrow().comment())
                    .isEqualTo("Le code me fait peur");
            assertThat(new ParcoursExporter(phone, TestStores.CLOCK).records(me).get(RecordKind.SHARED_WORD))
                    .hasSize(2);
        }
    }
}
