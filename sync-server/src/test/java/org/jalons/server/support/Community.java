package org.jalons.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An organisation whose people all have the same goals, ratings, trainings, interviews, barriers and exit. */
public final class Community {
    public static final String QUERY = "period=year&from=2026-01-01";

    public final Org org;
    public final Org.Member counsellor;
    public final Org.Member supervisor;
    public final People people;
    public final List<UUID> persons = new ArrayList<>();

    public Community(Backend backend, int size) {
        this.org = Org.create(TestServers.shared(backend));
        this.counsellor = org.counsellor("Samia CIP");
        this.supervisor = org.supervisor("Direction");
        this.people = new People(org, counsellor);
        for (int i = 0; i < size; i++) {
            lateFacts(addPerson());
        }
    }

    public void consentOfEveryone(String category, boolean granted) {
        persons.forEach(p -> people.consent(p, category, granted, "2026-05-01T10:00:00Z"));
        people.push();
    }

    public UUID addPerson() {
        UUID person = people.person("Nord", "2026-01-05");
        persons.add(person);
        UUID goal = people.goal(person, "MOBILITE", "ATTEINT", "2026-01-10", "2026-02-20");
        people.checkIn(person, goal, "BENEFICIARY", 4, "2026-01-11T10:00:00Z", "Un peu inquiète");
        people.checkIn(person, goal, "BENEFICIARY", 8, "2026-02-11T10:00:00Z", null);
        people.checkIn(person, goal, "COUNSELLOR", 7, "2026-02-12T10:00:00Z", null);
        people.training(person, "CACES", null, "CERTIFIEE", "2026-01-15", "2026-02-15", 35, 35);
        people.interview(person, "2026-01-20");
        people.exit(person, "2026-03-01", "EMPLOI_DURABLE");
        people.add(Changes.upsert(
                "questionnaireResponse",
                UUID.randomUUID(),
                person,
                0,
                "questionnaireId",
                "pouvoir-agir",
                "questionnaireVersion",
                1,
                "answers",
                Map.of("PA1", 3, "PA2", 4),
                "answeredAt",
                "2026-02-01T10:00:00Z"));
        people.push();
        return person;
    }

    /** A barrier moved to support and an interview, appended after the rest. */
    public void lateFacts(UUID person) {
        UUID barrier = people.barrier(person, "LOGEMENT", "BESOIN");
        people.interview(person, "2026-03-02");
        people.push();
        people.barrierStatus(person, barrier, 1, "POINT_APPUI");
        people.push();
    }

    public JsonNode tables() {
        Api.Response response = org.api.get("/api/v1/summary?" + QUERY, supervisor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("tables");
    }
}
