package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

/**
 * What the consents change in the figures. A person who refuses the use of their data in statistics is counted in
 * no figure, whatever the measure; granting it again brings them back (each organisation below gets the same people
 * with the same facts, so their summaries must be identical exactly when the same people count). Comments count in
 * the qualitative figures only for people who share their notes with supervisors.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class ConsentInFiguresTest {

    static final String QUERY = "period=year&from=2026-01-01";

    @Parameter
    Backend backend;

    @Test
    void aPersonWhoRefusesStatisticsIsInNoFigureAndComesBackWhenTheyAgree() {
        Community nine = new Community(9);
        Community ten = new Community(10);
        Community nineAndOneRefusing = new Community(9);
        UUID refusing = nineAndOneRefusing.addPerson();
        nineAndOneRefusing.people.consent(refusing, "ANONYMOUS_STATISTICS", false, "2026-03-01T10:00:00Z");
        nineAndOneRefusing.people.push();
        nineAndOneRefusing.lateFacts(refusing); // facts that arrive while the refusal is in force

        assertThat(nineAndOneRefusing.tables()).isEqualTo(nine.tables());
        assertThat(ten.tables()).isNotEqualTo(nine.tables());

        nineAndOneRefusing.people.consent(refusing, "ANONYMOUS_STATISTICS", true, "2026-04-01T10:00:00Z");
        nineAndOneRefusing.people.push();
        assertThat(nineAndOneRefusing.tables()).isEqualTo(ten.tables());
    }

    @Test
    void commentsCountInTheQualitativeFiguresOnlyForPeopleWhoShareTheirNotes() {
        Community six = new Community(6);
        assertThat(commentShare(six)).isEqualTo(0.0); // everyone commented, nobody shares their notes

        six.consentOfEveryone("NOTES_SHARED_SUPERVISOR", true);
        assertThat(commentShare(six)).isEqualTo(1.0);

        six.consentOfEveryone("NOTES_SHARED_SUPERVISOR", false);
        assertThat(commentShare(six)).isEqualTo(0.0);
    }

    private static double commentShare(Community community) {
        for (JsonNode table : community.tables()) {
            if ("confidence".equals(table.get("name").asText())) {
                return table.at("/total/cells/commentShare/value").asDouble();
            }
        }
        throw new AssertionError("no confidence table");
    }

    /** An organisation whose people all have the same goals, ratings, trainings, interviews, barriers and exit. */
    final class Community {
        final Org org = Org.create(TestServers.shared(backend));
        final Org.Member counsellor = org.counsellor("Samia CIP");
        final Org.Member supervisor = org.supervisor("Direction");
        final People people = new People(org, counsellor);
        final List<UUID> persons = new ArrayList<>();

        Community(int size) {
            for (int i = 0; i < size; i++) {
                lateFacts(addPerson());
            }
        }

        void consentOfEveryone(String category, boolean granted) {
            persons.forEach(p -> people.consent(p, category, granted, "2026-05-01T10:00:00Z"));
            people.push();
        }

        UUID addPerson() {
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
                    Map.of("q1", 3, "q2", 4),
                    "answeredAt",
                    "2026-02-01T10:00:00Z"));
            people.push();
            return person;
        }

        /** A barrier moved to support and an interview, appended after the rest. */
        void lateFacts(UUID person) {
            UUID barrier = people.barrier(person, "LOGEMENT", "BESOIN");
            people.interview(person, "2026-03-02");
            people.push();
            people.barrierStatus(person, barrier, 1, "POINT_APPUI");
            people.push();
        }

        JsonNode tables() {
            Api.Response response = org.api.get("/api/v1/summary?" + QUERY, supervisor.token());
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            return response.json().get("tables");
        }
    }
}
