package org.jalons.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;
import java.util.Set;
import org.jalons.server.support.Api;

/**
 * The whole push body, as raw bytes, through HTTP to the real server on H2: never a 5xx, only the documented
 * refusals, nothing written when nothing is accepted, and whatever is accepted can be pulled again. Seeds:
 * {@code src/test/resources/org/jalons/server/fuzz/PushFuzzTestInputs/pushBody/} (see docs/FUZZING.md).
 */
class PushFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "push.dict")
    void pushBody(FuzzedDataProvider data) {
        FuzzedOrganisation org = FuzzedOrganisation.get();
        byte[] body = org.fill(data.consumeRemainingAsBytes());
        Map<String, Long> before = org.footprint();
        Api.Response response = org.push(body);
        ServerAnswers.assertDocumented(response, Set.of(200, 400, 413, 415));
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
