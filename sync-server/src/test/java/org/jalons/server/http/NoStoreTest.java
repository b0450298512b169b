package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.JalonsServer;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/** No answer of the API may be kept by a cache, a proxy or the browser of a shared computer. */
class NoStoreTest {

    JalonsServer server = TestServers.shared(Backend.H2);

    @Test
    void everyRouteAnswersNoStoreForEveryRoleAndEveryRefusal() {
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID person = org.newBeneficiary(counsellor);
        Org.Member supervisor = org.supervisor("Direction");
        String[] tokens = {org.admin.token(), counsellor.token(), supervisor.token(), "not-a-token", null};
        List<String> checked = new ArrayList<>();

        for (String route : server.routes()) {
            if (!route.contains(" /api/v1/")) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1)
                            .replace("{counsellorId}", counsellor.id().toString())
                            .replace("{beneficiaryId}", person.toString())
                            .replace("{id}", UUID.randomUUID().toString())
                            .replace("{code}", "ORG_ABCDEFGH")
                    + (route.endsWith("/sync/pull") ? "?cursor=0" : "")
                    + (route.endsWith("/sync/snapshot") ? "?beneficiaryId=" + person : "");
            for (String token : tokens) {
                for (boolean protocolHeader : new boolean[] {true, false}) {
                    HttpRequest.Builder request = org.api.request(path, token);
                    if (!protocolHeader) {
                        request.setHeader("Jalons-Protocol", "0");
                    }
                    String body = route.endsWith("/sync/push")
                            ? Changes.batch(Changes.newGoal(UUID.randomUUID(), person))
                                    .toString()
                            : "{}"; // never a wrong pairing code: the shared server would slow 127.0.0.1
                    Api.Response answer = org.api.send(request.header("Content-Type", "application/json")
                            .method(
                                    method,
                                    method.equals("GET") || method.equals("DELETE")
                                            ? HttpRequest.BodyPublishers.noBody()
                                            : HttpRequest.BodyPublishers.ofString(body)));
                    assertThat(answer.header("Cache-Control"))
                            .as(route + " " + answer.status())
                            .isEqualTo("no-store");
                    checked.add(route + " " + answer.status());
                }
            }
        }
        assertThat(checked)
                .anyMatch(r -> r.contains("/sync/pull 200"))
                .anyMatch(r -> r.contains("/summary 200"))
                .anyMatch(r -> r.contains("/admin/users 200"))
                .anyMatch(r -> r.endsWith(" 401"))
                .anyMatch(r -> r.endsWith(" 400"));
        Api.Response unknown = org.api.get("/api/v1/nothing-here", org.admin.token());
        assertThat(unknown.header("Cache-Control")).isEqualTo("no-store");
    }
}
