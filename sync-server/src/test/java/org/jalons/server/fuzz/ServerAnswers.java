package org.jalons.server.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;
import org.jalons.server.support.Api;

/** What the fuzz tests accept from the server: the documented answers, and nothing else. */
final class ServerAnswers {

    /** A stable error code: lower-case snake_case, what PROTOCOL.md promises. */
    private static final String STABLE_CODE = "[a-z][a-z0-9_]*";

    private static final Set<String> RESULT_STATUSES =
            Set.of("APPLIED", "MERGED_WITH_CONFLICT", "DUPLICATE", "REJECTED");
    /** Per-change refusals are HTTP-style: invalid, forbidden, not found, id reused. */
    private static final Set<Integer> REJECTION_CODES = Set.of(403, 404, 409, 422);

    private ServerAnswers() {}

    /** Never a 5xx; a refusal is one of {@code allowed}, as JSON {"error":"<code>","message":"..."}. */
    static void assertDocumented(Api.Response response, Set<Integer> allowed) {
        assertThat(response.status())
                .as("status of %s", response)
                .isLessThan(500)
                .isIn(allowed);
        if (response.status() >= 400) {
            JsonNode error = response.json();
            assertThat(error.path("error").asText()).as(response.toString()).matches(STABLE_CODE);
            assertThat(error.path("message").isTextual())
                    .as(response.toString())
                    .isTrue();
        }
    }

    /** A 200 push answer: one documented result per change; true when some change was written. */
    static boolean assertPushResults(Api.Response response) {
        JsonNode results = response.json().get("results");
        assertThat(results).as(response.toString()).isNotNull();
        boolean written = false;
        for (JsonNode result : results) {
            String status = result.path("status").asText();
            assertThat(status).as(response.toString()).isIn(RESULT_STATUSES);
            if (status.equals("REJECTED")) {
                assertThat(result.path("code").asInt()).as(response.toString()).isIn(REJECTION_CODES);
                assertThat(result.path("error").asText())
                        .as(response.toString())
                        .matches(STABLE_CODE);
            } else {
                assertThat(result.path("seq").isIntegralNumber())
                        .as(response.toString())
                        .isTrue();
                written |= !status.equals("DUPLICATE");
            }
        }
        return written;
    }
}
