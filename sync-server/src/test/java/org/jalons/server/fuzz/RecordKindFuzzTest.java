package org.jalons.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.support.Api;

/**
 * Each record kind's field checks: the input is the {@code fields} object of a change of that kind (raw text, put
 * into the body as it is), pushed twice in one batch: creating a new record, and editing the person's existing
 * record of that kind. Never a 5xx; each change applied or rejected with a documented code; nothing written when
 * both are rejected; whatever is applied can be pulled again. One method per kind, so each has its own seeds
 * ({@code RecordKindFuzzTestInputs/<kind>/}) and can be fuzzed alone.
 */
class RecordKindFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void beneficiary(FuzzedDataProvider data) {
        changeOfKind("beneficiary", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void barrier(FuzzedDataProvider data) {
        changeOfKind("barrier", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void goal(FuzzedDataProvider data) {
        changeOfKind("goal", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void goalStep(FuzzedDataProvider data) {
        changeOfKind("goalStep", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void training(FuzzedDataProvider data) {
        changeOfKind("training", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void checkIn(FuzzedDataProvider data) {
        changeOfKind("checkIn", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void questionnaireResponse(FuzzedDataProvider data) {
        changeOfKind("questionnaireResponse", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void interview(FuzzedDataProvider data) {
        changeOfKind("interview", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void note(FuzzedDataProvider data) {
        changeOfKind("note", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void exit(FuzzedDataProvider data) {
        changeOfKind("exit", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void followUp(FuzzedDataProvider data) {
        changeOfKind("followUp", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void consent(FuzzedDataProvider data) {
        changeOfKind("consent", data);
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void conflict(FuzzedDataProvider data) {
        changeOfKind("conflict", data);
    }

    private static void changeOfKind(String kind, FuzzedDataProvider data) {
        FuzzedOrganisation org = FuzzedOrganisation.get();
        String fields = new String(org.fill(data.consumeRemainingAsBytes()), StandardCharsets.ISO_8859_1);
        String newId = kind.equals("beneficiary") ? UUID.randomUUID().toString() : null;
        String create = SeedRecords.change(
                kind,
                newId != null ? newId : UUID.randomUUID().toString(),
                newId != null ? newId : org.personId.toString(),
                0,
                fields);
        UUID existing = org.existing.get(kind);
        String edit = existing == null
                ? null
                : SeedRecords.change(kind, existing.toString(), org.personId.toString(), 1, fields);
        String body = "{\"protocol\":1,\"changes\":[" + create + (edit == null ? "" : "," + edit) + "]}";
        Map<String, Long> before = org.footprint();
        // ISO-8859-1 both ways: the fuzzed bytes reach the server exactly as they were made.
        Api.Response response = org.push(body.getBytes(StandardCharsets.ISO_8859_1));
        ServerAnswers.assertDocumented(response, Set.of(200, 400));
        boolean written = response.status() == 200 && ServerAnswers.assertPushResults(response);
        if (written) {
            org.assertWrittenRecordsServable(response);
        } else {
            assertThat(org.footprint())
                    .as("nothing accepted, nothing written: %s", response)
                    .isEqualTo(before);
        }
    }
}
