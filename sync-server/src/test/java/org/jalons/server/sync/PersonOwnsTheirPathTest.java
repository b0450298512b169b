package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The person rewords every goal of their path and proposes its status; the counsellor confirms the proposal or
 * clears it. A goal the counsellor phrased stays theirs to decide, and both voices are kept when they write at once.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class PersonOwnsTheirPathTest {

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member person;
    UUID beneficiaryId;
    UUID goalId = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        beneficiaryId = org.newBeneficiary(counsellor);
        person = org.beneficiaryUser(beneficiaryId);
        ObjectNode goal = Changes.newGoal(goalId, beneficiaryId);
        ((ObjectNode) goal.get("fields")).put("proposedBy", "COUNSELLOR");
        assertThat(org.push(counsellor, Changes.batch(goal))
                        .at("/results/0/status")
                        .asText())
                .isEqualTo("APPLIED");
    }

    @Test
    void thePersonRewordsTheCounsellorsGoalAndProposesItReachedTheCounsellorConfirms() {
        JsonNode proposed = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "goal",
                        goalId,
                        beneficiaryId,
                        1,
                        "phrasing",
                        "Je conduis seule pour aller au travail",
                        "proposedStatus",
                        "ATTEINT",
                        "proposedAt",
                        "2026-11-02T10:00:00Z")));
        assertThat(proposed.at("/results/0/status").asText()).isEqualTo("APPLIED");

        JsonNode seen = record(org.pull(counsellor, 0), goalId);
        assertThat(seen.at("/fields/phrasing").asText()).isEqualTo("Je conduis seule pour aller au travail");
        assertThat(seen.at("/fields/proposedStatus").asText()).isEqualTo("ATTEINT");
        assertThat(seen.at("/fields/status").asText()).isEqualTo("EN_COURS");

        JsonNode confirmed = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "goal",
                        goalId,
                        beneficiaryId,
                        seen.get("version").asLong(),
                        "status",
                        "ATTEINT",
                        "proposedStatus",
                        null,
                        "proposedAt",
                        null)));
        assertThat(confirmed.at("/results/0/status").asText()).isEqualTo("APPLIED");

        JsonNode outcome = record(org.pull(person, 0), goalId);
        assertThat(outcome.at("/fields/status").asText()).isEqualTo("ATTEINT");
        assertThat(outcome.at("/fields/proposedStatus").isMissingNode()
                        || outcome.at("/fields/proposedStatus").isNull())
                .as(outcome.toString())
                .isTrue();
    }

    @Test
    void thePersonMayProposeAStatusButNotSetIt() {
        JsonNode set =
                org.push(person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "status", "ATTEINT")));
        assertThat(set.at("/results/0/code").asInt()).isEqualTo(403);
        assertThat(set.at("/results/0/error").asText()).isEqualTo("forbidden_write");

        JsonNode unknown = org.push(
                person, Changes.batch(Changes.upsert("goal", goalId, beneficiaryId, 1, "proposedStatus", "EN_COURS")));
        assertThat(unknown.at("/results/0/code").asInt()).isEqualTo(422);
        assertThat(record(org.pull(counsellor, 0), goalId).at("/fields/status").asText())
                .isEqualTo("EN_COURS");
    }

    @Test
    void theCounsellorsConcurrentRewordingBecomesAConflictNotALoss() {
        org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "goal", goalId, beneficiaryId, 1, "phrasing", "Je me sens capable de passer le code")));
        JsonNode result = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "goal", goalId, beneficiaryId, 1, "phrasing", "Je veux conduire pour voir ma fille")));

        assertThat(result.at("/results/0/status").asText()).isEqualTo("MERGED_WITH_CONFLICT");
        UUID conflictId = UUID.fromString(result.at("/results/0/conflictIds/0").asText());
        JsonNode conflict = record(org.pull(counsellor, 0), conflictId);
        assertThat(conflict.at("/fields/field").asText()).isEqualTo("phrasing");
        assertThat(conflict.at("/fields/serverValue").asText()).isEqualTo("Je me sens capable de passer le code");
        assertThat(conflict.at("/fields/clientValue").asText()).isEqualTo("Je veux conduire pour voir ma fille");

        // the person may settle it: the words are theirs to write
        JsonNode resolved = org.push(
                person,
                Changes.batch(Changes.upsert(
                        "conflict",
                        conflictId,
                        beneficiaryId,
                        conflict.get("version").asLong(),
                        "status",
                        "RESOLVED",
                        "resolvedValue",
                        "Je veux conduire pour voir ma fille")));
        assertThat(resolved.at("/results/0/status").asText()).isEqualTo("APPLIED");
    }
}
