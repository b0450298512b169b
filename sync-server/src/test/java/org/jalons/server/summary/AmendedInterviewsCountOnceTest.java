package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.summary.SummaryTest.cellText;
import static org.jalons.server.summary.SummaryTest.figure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A corrected interview is one interview: the figures count the original, never its corrections. */
@ParameterizedClass
@EnumSource(Backend.class)
class AmendedInterviewsCountOnceTest {

    @Parameter
    Backend backend;

    @Test
    void correctionsOfAnInterviewAddNothingToTheInterviewsFigure() {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member samia = org.counsellor("Samia CIP");
        Org.Member supervisor = org.supervisor("Direction");
        People people = new People(org, samia);
        List<UUID> six = people.persons(6, "Nord", "2026-01-05");
        List<ObjectNode> corrections = new ArrayList<>();
        for (UUID person : six) {
            UUID original = UUID.randomUUID();
            people.add(Changes.upsert(
                    "interview", original, person, 0, "date", "2026-01-20", "place", "STRUCTURE", "notes", "Premier"));
            for (int i = 0; i < 2; i++) {
                corrections.add(Changes.upsert(
                        "interview",
                        UUID.randomUUID(),
                        person,
                        0,
                        "date",
                        "2026-01-20",
                        "place",
                        "STRUCTURE",
                        "notes",
                        "Corrigé " + i,
                        "amends",
                        original.toString(),
                        "amendedAt",
                        "2026-02-0" + (i + 1) + "T10:00:00Z"));
            }
        }
        people.push();
        corrections.forEach(people::add);
        people.push();

        Api.Response response = org.api.get("/api/v1/summary?period=quarter&from=2026-01-01", supervisor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode summary = response.json();
        assertThat(cellText(summary, "qualitative", "INTERVIEWS", "interviews")).isEqualTo(figure(6, 6));
    }
}
