package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Invalid periods and filters get a clear JSON 400, the same for another organisation's ids; never a 500. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SummaryBadInputTest {

    Org org;
    Org.Member supervisor;
    Org.Member foreignCounsellor;
    Org.Member ownBeneficiaryUser;

    @BeforeAll
    void world() {
        org = Org.create(TestServers.shared(Backend.H2));
        Org.Member samia = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Direction");
        People people = new People(org, samia);
        UUID person = people.person("Nord", "2026-01-05");
        people.goal(person, "custom:Sevrage alcool - M. Durand", "EN_COURS", "2026-01-10", null);
        people.push();
        ownBeneficiaryUser = org.beneficiaryUser(person);
        Org foreign = Org.create(org.server);
        foreignCounsellor = foreign.counsellor("Autre CIP");
        People theirs = new People(foreign, foreignCounsellor);
        theirs.person("Sud", "2026-01-05");
        theirs.push();
    }

    Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("period=week", "invalid_period"),
                Arguments.of("period=month&from=2026-13-01", "invalid_period"),
                Arguments.of("period=month&from=yesterday", "invalid_period"),
                Arguments.of("period=month&from=2026-07-15", "invalid_period"),
                Arguments.of("period=quarter&from=2026-08-01", "invalid_period"),
                Arguments.of("period=year&from=2026-02-01", "invalid_period"),
                Arguments.of("period=month&from=2026-07-01&to=2026-07-31", "invalid_period"),
                Arguments.of("period=custom&from=2026-07-01", "invalid_period"),
                Arguments.of("period=custom&from=2026-07-01&to=2026-06-30", "invalid_period"),
                Arguments.of("period=custom&from=2026-07-02&to=2026-09-30", "invalid_period"),
                Arguments.of("period=custom&from=2026-07-01&to=2026-09-29", "invalid_period"),
                Arguments.of("period=custom&from=2000-01-01&to=2026-12-31", "invalid_period"),
                Arguments.of("period=month&from=0001-01-01", "invalid_period"),
                Arguments.of("theme=NOPE", "invalid_filter"),
                Arguments.of("theme=custom:Jamais%20vu", "invalid_filter"),
                Arguments.of("theme=custom:Sevrage%20alcool%20-%20M.%20Durand", "invalid_filter"),
                Arguments.of("period=year&site=Atlantide", "invalid_filter"),
                Arguments.of("period=year&site=Sud", "invalid_filter"),
                Arguments.of("period=year&site=Nord&counsellorId=not-a-uuid", "invalid_filter"),
                Arguments.of("period=year&site=Nord&counsellorId=1-1-1-1-1", "invalid_filter"),
                Arguments.of("period=year&site=Nord&counsellorId=" + UUID.randomUUID(), "invalid_filter"),
                Arguments.of("period=year&site=Nord&counsellorId=" + foreignCounsellor.id(), "invalid_filter"),
                Arguments.of("period=year&site=Nord&counsellorId=" + ownBeneficiaryUser.id(), "invalid_filter"),
                Arguments.of("period=custom&from=2026-01-01&to=2026-03-31", "invalid_period"),
                Arguments.of("period=year&site=Nord&theme=MOBILITE", "invalid_filter"),
                Arguments.of("period=quarter&site=Nord", "invalid_filter"),
                Arguments.of("colour=blue", "invalid_parameter"),
                Arguments.of("site=Nord&site=Sud", "invalid_parameter"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("badQueries")
    void aBadQueryGetsAClearJson400(String query, String code) {
        Api.Response response = org.api.get("/api/v1/summary?" + query, supervisor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).isEqualTo(code);
        assertThat(response.json().get("message").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("otherOrganisationsIds")
    void anotherOrganisationsIdsGetTheSameAnswerAsUnknownOnes(String foreign, String unknown) {
        Api.Response theirs = org.api.get("/api/v1/summary?" + foreign, supervisor.token());
        Api.Response nobodys = org.api.get("/api/v1/summary?" + unknown, supervisor.token());
        assertThat(theirs.status()).isEqualTo(nobodys.status());
        assertThat(theirs.json()).isEqualTo(nobodys.json());
    }

    Stream<Arguments> otherOrganisationsIds() {
        return Stream.of(
                Arguments.of(
                        "period=year&site=Nord&counsellorId=" + foreignCounsellor.id(),
                        "period=year&site=Nord&counsellorId=" + UUID.randomUUID()),
                Arguments.of("period=year&site=Sud", "period=year&site=Atlantide"),
                // a custom theme in use and one never written get the same answer: no guess is confirmed
                Arguments.of("theme=custom:Sevrage%20alcool%20-%20M.%20Durand", "theme=custom:Jamais%20vu"));
    }
}
