package org.jalons.server.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.support.PersonInCaseload.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.PersonInCaseload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A training's {@code declaredBy} is the server's (PROTOCOL.md, "Write rights"): the person's voice when their own
 * account creates it, the counsellor's otherwise, whatever the device says, and never changed by an edit.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TrainingDeclaredByTest {

    @Parameter
    Backend backend;

    PersonInCaseload person;
    Org org;
    Org.Member theirPhone;

    @BeforeEach
    void setUp() {
        person = PersonInCaseload.on(backend);
        org = person.org;
        theirPhone = org.beneficiaryUser(person.beneficiaryId);
    }

    private ObjectNode training(UUID id, String declaredBy) {
        ObjectNode change = Changes.upsert(
                "training",
                id,
                person.beneficiaryId,
                0,
                "title",
                "CACES R489",
                "trainingKind",
                "CERTIFYING",
                "certification",
                "CACES",
                "status",
                "PREVUE");
        if (declaredBy != null) {
            ((ObjectNode) change.get("fields")).put("declaredBy", declaredBy);
        }
        return change;
    }

    private String declaredBy(UUID training) {
        return record(person.pull(0), training).at("/fields/declaredBy").asText();
    }

    @Test
    void aTrainingThePersonsAccountCreatesIsDeclaredByThemWhateverTheDeviceSays() {
        UUID said = UUID.randomUUID();
        UUID unsaid = UUID.randomUUID();
        org.applied(theirPhone, training(said, "COUNSELLOR"));
        org.applied(theirPhone, training(unsaid, null));

        assertThat(declaredBy(said)).isEqualTo("BENEFICIARY");
        assertThat(declaredBy(unsaid)).isEqualTo("BENEFICIARY");
        assertThat(record(org.pull(theirPhone, 0), said)
                        .at("/fields/declaredBy")
                        .asText())
                .isEqualTo("BENEFICIARY");
    }

    @Test
    void aTrainingTheCounsellorCreatesIsTheirsEvenWhenTheirDeviceClaimsThePersonDeclaredIt() {
        UUID training = UUID.randomUUID();
        org.applied(person.counsellor, training(training, "BENEFICIARY"));

        assertThat(declaredBy(training)).isEqualTo("COUNSELLOR");
        // and the person's phone, that knows so, may not edit it: the server's own record says who created it
        JsonNode refused = org.push(
                theirPhone,
                Changes.batch(
                        Changes.upsert("training", training, person.beneficiaryId, 1, "title", "CACES R489 chariots")));
        assertThat(refused.at("/results/0/status").asText()).isEqualTo("REJECTED");
        assertThat(refused.at("/results/0/error").asText()).isEqualTo("forbidden_write");
    }

    @Test
    void anEditNeverChangesWhoDeclaredTheTraining() {
        UUID training = UUID.randomUUID();
        long version = version(org.applied(theirPhone, training(training, null)));

        version = version(org.applied(
                theirPhone,
                Changes.upsert(
                        "training",
                        training,
                        person.beneficiaryId,
                        version,
                        "title",
                        "CACES R489 chariots",
                        "declaredBy",
                        "COUNSELLOR")));
        version = version(org.applied(
                person.counsellor,
                Changes.upsert("training", training, person.beneficiaryId, version, "declaredBy", "COUNSELLOR")));

        JsonNode fields = record(person.pull(0), training).get("fields");
        assertThat(fields.get("title").asText()).isEqualTo("CACES R489 chariots");
        assertThat(fields.get("declaredBy").asText()).isEqualTo("BENEFICIARY");
        // the person still edits the training they declared
        org.applied(
                theirPhone,
                Changes.upsert(
                        "training", training, person.beneficiaryId, version, "status", "EN_COURS", "doneHours", 7));
        assertThat(record(person.pull(0), training).at("/fields/status").asText())
                .isEqualTo("EN_COURS");
    }

    private static long version(JsonNode pushed) {
        return pushed.at("/results/0/version").asLong();
    }
}
