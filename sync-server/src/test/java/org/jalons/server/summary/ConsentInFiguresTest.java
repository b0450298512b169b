package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Community;
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

    @Parameter
    Backend backend;

    @Test
    void aPersonWhoRefusesStatisticsIsInNoFigureAndComesBackWhenTheyAgree() {
        Community nine = new Community(backend, 9);
        Community ten = new Community(backend, 10);
        Community nineAndOneRefusing = new Community(backend, 9);
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
        Community six = new Community(backend, 6);
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
}
