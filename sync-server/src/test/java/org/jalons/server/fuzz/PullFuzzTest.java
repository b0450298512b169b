package org.jalons.server.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Set;
import org.jalons.server.support.Api;

/**
 * The query parameters of pull and snapshot (cursor, limit, beneficiaryId, page, at, and any other): never a 5xx,
 * only 200 or the documented refusals. Inputs are query strings ({@link QueryText}); {@code $P} is the person.
 */
class PullFuzzTest {

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "query.dict")
    void pullQuery(FuzzedDataProvider data) {
        FuzzedOrganisation org = FuzzedOrganisation.get();
        String query = QueryText.encode(org.fill(data.consumeRemainingAsBytes()));
        Api.Response response = org.api().get("/api/v1/sync/pull?" + query, org.counsellor.token());
        ServerAnswers.assertDocumented(response, Set.of(200, 400, 412));
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "query.dict")
    void snapshotQuery(FuzzedDataProvider data) {
        FuzzedOrganisation org = FuzzedOrganisation.get();
        String query = QueryText.encode(org.fill(data.consumeRemainingAsBytes()));
        Api.Response response = org.api().get("/api/v1/sync/snapshot?" + query, org.counsellor.token());
        ServerAnswers.assertDocumented(response, Set.of(200, 400, 404));
    }
}
