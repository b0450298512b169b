package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.sync.SyncFixture.applied;
import static org.jalons.sync.SyncFixture.beneficiaryFields;
import static org.jalons.sync.SyncFixture.pullPage;
import static org.jalons.sync.SyncFixture.pushAnswer;
import static org.jalons.sync.SyncFixture.record;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.storage.OutboxEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Observations at work sync as the other mutable kinds: pulled, answered field by field, never overwritten. */
class WorkObservationSyncTest {
    @TempDir
    Path dir;

    static Map<String, Object> observationFields(int rating, String comment) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("observedOn", "2026-11-20");
        f.put("workTeam", "Équipe maraîchage");
        f.put("skills", List.of("PONCTUALITE", "custom:Récolte"));
        f.put("rating", rating);
        f.put("comment", comment);
        f.put("observedBy", "Karim D.");
        return f;
    }

    /** Samia and an observation of her at work, synced at version 2; the cursor at 9. */
    private static UUID seedObservation(SyncFixture f, UUID samia) throws Exception {
        UUID observation = UUID.randomUUID();
        f.inScope(samia, "");
        Map<String, Object> samiaFields = beneficiaryFields("Samia B.");
        samiaFields.put("workTeam", "Équipe maraîchage");
        f.server.enqueue(pullPage(
                List.of(
                        record(8, "beneficiary", samia, samia, 1, samiaFields),
                        record(9, "workObservation", observation, samia, 2, observationFields(6, "Aide les nouveaux"))),
                9,
                false,
                samia));
        f.engine.syncOnce();
        f.takeSyncRequest();
        return observation;
    }

    @Test
    void aPulledObservationIsStoredWithItsSkillsRatingAndTheTeam() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID id = seedObservation(f, samia);

            WorkObservation o = f.store.workObservations().find(id).orElseThrow();
            assertThat(o.observedOn()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(o.skills()).containsExactly(Term.of(WorkSkill.PONCTUALITE), Term.custom("Récolte"));
            assertThat(o.rating()).isEqualTo(6);
            assertThat(o.observedBy()).isEqualTo("Karim D.");
            assertThat(f.store.beneficiaries().find(samia).orElseThrow().workTeam())
                    .isEqualTo("Équipe maraîchage");
            assertThat(f.store.outbox().pendingCount()).isZero();
        }
    }

    @Test
    void thePersonsAnswerIsSentAloneAgainstTheVersionItStartedFrom() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID id = seedObservation(f, samia);
            Instant at = Instant.parse("2026-11-21T18:00:00Z");

            f.store
                    .workObservations()
                    .save(f.store.workObservations().find(id).orElseThrow().withAnswer("Merci, je continue", at));

            assertThat(f.store.outbox().pending(10)).singleElement().satisfies(e -> {
                assertThat(e.fields()).containsOnlyKeys("answer", "answeredAt");
                assertThat(e.fields()).containsEntry("answer", "Merci, je continue");
                assertThat(e.baseVersion()).isEqualTo(2);
            });
        }
    }

    @Test
    void aPullNeverOverwritesAnAnswerNotYetSentAndTheMergedStateComesBack() throws Exception {
        try (SyncFixture f = new SyncFixture(dir).paired(7)) {
            UUID samia = UUID.randomUUID();
            UUID id = seedObservation(f, samia);
            Instant at = Instant.parse("2026-11-21T18:00:00Z");
            // The person answers while the work supervisor's change of rating is on its way.
            f.script(request -> {
                f.store
                        .workObservations()
                        .save(f.store.workObservations().find(id).orElseThrow().withAnswer("Merci", at));
                return pullPage(
                        List.of(record(10, "workObservation", id, samia, 3, observationFields(7, "Aide les nouveaux"))),
                        10,
                        false,
                        samia);
            });
            f.engine.syncOnce();

            WorkObservation local = f.store.workObservations().find(id).orElseThrow();
            assertThat(local.answer()).isEqualTo("Merci");
            assertThat(local.rating())
                    .as("the answer is not lost to the pulled edit")
                    .isEqualTo(6);
            OutboxEntry answer = f.store.outbox().pending(10).get(0);

            Map<String, Object> merged = observationFields(7, "Aide les nouveaux");
            merged.put("answer", "Merci");
            merged.put("answeredAt", at.toString());
            f.script(
                    push -> pushAnswer(applied(answer.changeId(), 4, 11)),
                    pull -> pullPage(List.of(record(11, "workObservation", id, samia, 4, merged)), 11, false, samia));
            f.engine.syncOnce();

            WorkObservation after = f.store.workObservations().find(id).orElseThrow();
            assertThat(after.rating()).isEqualTo(7);
            assertThat(after.answer()).isEqualTo("Merci");
            assertThat(after.answeredAt()).isEqualTo(at);
            assertThat(f.store.outbox().pendingCount()).isZero();
        }
    }
}
