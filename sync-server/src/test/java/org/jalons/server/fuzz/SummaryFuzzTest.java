package org.jalons.server.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.jalons.server.model.Refusal;
import org.jalons.server.summary.SummaryRequest;
import org.jalons.server.support.Api;

/**
 * A supervisor's summary questions. {@code parse}: {@link SummaryRequest#parse} returns a request or refuses with
 * a 400-kind {@link Refusal}, nothing else. {@code endpoint}: the input is {@code <route>?<query>} with route one of
 * {@code summary}, {@code summary.csv}, {@code summary/exits.csv}, {@code summary/report.pdf} (anything else:
 * {@code summary}); never a 5xx, only 200 or a documented refusal.
 */
class SummaryFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final Set<String> ROUTES =
            Set.of("summary", "summary.csv", "summary/exits.csv", "summary/report.pdf");

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "query.dict")
    void parse(FuzzedDataProvider data) {
        try {
            SummaryRequest request = SummaryRequest.parse(QueryText.parameters(data.consumeRemainingAsBytes()), TODAY);
            if (request.from().isAfter(request.to())) {
                throw new AssertionError("A period that ends before it starts: " + request);
            }
        } catch (Refusal refusal) {
            if (refusal.reason() != Refusal.Reason.INVALID || !refusal.code().matches("[a-z][a-z0-9_]*")) {
                throw new AssertionError("Not a 400 with a stable code: " + refusal.code(), refusal);
            }
        }
    }

    @FuzzTest(maxDuration = "10m")
    @DictionaryFile(resourcePath = "query.dict")
    void endpoint(FuzzedDataProvider data) {
        FuzzedOrganisation org = FuzzedOrganisation.get();
        byte[] input = org.fill(data.consumeRemainingAsBytes());
        String text = new String(input, StandardCharsets.ISO_8859_1);
        int mark = text.indexOf('?');
        String route = mark < 0 ? "summary" : text.substring(0, mark);
        byte[] query = mark < 0 ? input : java.util.Arrays.copyOfRange(input, mark + 1, input.length);
        String path = "/api/v1/" + (ROUTES.contains(route) ? route : "summary") + "?" + QueryText.encode(query);
        Api.Response response = org.api().get(path, org.supervisor.token());
        ServerAnswers.assertDocumented(response, Set.of(200, 400));
    }
}
