package org.jalons.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.jalons.server.model.Role;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role × same/other organisation × in/out of caseload × consent, on every route. The
 * outcome is the HTTP status, or for push the per-change code (200 when applied). Denials that
 * could reveal whether something exists are 404; a role that may never use a route gets 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** Actors: who asks. */
    static final List<String> ACTORS = List.of(
            "admin",
            "counsellorOfX",
            "otherCounsellor",
            "beneficiaryX",
            "beneficiaryY",
            "supervisor",
            "foreignAdmin",
            "foreignCounsellor",
            "workSupervisor");

    Org home;
    Org foreign;
    Map<String, Org.Member> actors = new LinkedHashMap<>();
    UUID x;
    UUID y;
    UUID z;
    private static final java.util.concurrent.atomic.AtomicInteger EDITS =
            new java.util.concurrent.atomic.AtomicInteger();

    UUID goalOfX = UUID.randomUUID();
    UUID healthBarrierOfX = UUID.randomUUID();
    Org.Member beneficiaryXUser;

    @BeforeAll
    void world() {
        home = Org.create(TestServers.shared(Backend.H2));
        foreign = Org.create(home.server);
        Org.Member counsellorOfX = home.counsellor("Samia CIP");
        Org.Member otherCounsellor = home.counsellor("Karim CIP");
        x = home.newBeneficiary(counsellorOfX);
        y = home.newBeneficiary(otherCounsellor);
        z = home.newBeneficiary(otherCounsellor); // moved between caseloads by the admin routes below
        beneficiaryXUser = home.beneficiaryUser(x);
        actors.put("admin", home.admin);
        actors.put("counsellorOfX", counsellorOfX);
        actors.put("otherCounsellor", otherCounsellor);
        actors.put("beneficiaryX", beneficiaryXUser);
        actors.put("beneficiaryY", home.beneficiaryUser(y));
        actors.put("supervisor", home.supervisor("Direction"));
        actors.put("foreignAdmin", foreign.admin);
        Org.Member foreignCounsellor = foreign.counsellor("Autre CIP");
        foreign.newBeneficiary(foreignCounsellor);
        actors.put("foreignCounsellor", foreignCounsellor);
        // the work supervisor of X's work team (PROTOCOL.md, "Work supervisors")
        Org.Member workSupervisor = home.member(home.server.createUser(home.id, "Marc", Role.WORK_SUPERVISOR, null));
        actors.put("workSupervisor", workSupervisor);
        home.applied(counsellorOfX, Changes.upsert("beneficiary", x, x, 1, "workTeam", "Espaces verts"));
        assertThat(home.api
                        .send(home.api
                                .request(
                                        "/api/v1/admin/users/" + workSupervisor.id() + "/work-teams",
                                        home.admin.token())
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"teams\":[\"Espaces verts\"]}")))
                        .status())
                .isEqualTo(200);
        home.push(
                counsellorOfX,
                Changes.batch(
                        Changes.newGoal(goalOfX, x),
                        Changes.upsert(
                                "consent",
                                UUID.randomUUID(),
                                x,
                                0,
                                "category",
                                "HEALTH",
                                "granted",
                                true,
                                "recordedAt",
                                "2026-11-01T10:00:00Z",
                                "recordedBy",
                                "Samia CIP"),
                        Changes.upsert("barrier", healthBarrierOfX, x, 0, "area", "SANTE", "status", "BESOIN")));
    }

    /** route name, expected outcome per actor (same order as ACTORS), the request. */
    Stream<Arguments> matrix() {
        List<Arguments> cases = new ArrayList<>();
        // The person may reach X's records but not write the counsellor's or a JOINT goal, nor barriers: 403
        // (Write rights, WriteRightsMatrixTest); what is out of reach stays 404.
        add(
                cases,
                "push new goal for X",
                new int[] {403, 200, 404, 403, 404, 403, 403, 404, 403},
                (m, w) -> pushCode(m, Changes.newGoal(UUID.randomUUID(), x)));
        add(
                cases,
                "push edit of X's goal",
                new int[] {403, 200, 404, 403, 404, 403, 403, 404, 403},
                // a new date each time: an edit that changes nothing is not a write the rights are asked about
                (m, w) -> pushCode(
                        m,
                        Changes.upsert(
                                "goal",
                                goalOfX,
                                x,
                                1,
                                "targetDate",
                                java.time.LocalDate.of(2027, 1, 1)
                                        .plusDays(EDITS.incrementAndGet())
                                        .toString())));
        add(
                cases,
                "push delete of X's barrier",
                new int[] {403, 404, 404, 404, 404, 403, 403, 404, 404},
                (m, w) -> pushCode(m, Changes.delete("barrier", UUID.randomUUID(), x, 1)));
        add(
                cases,
                "push health barrier for X (consent granted)",
                new int[] {403, 200, 404, 403, 404, 403, 403, 404, 403},
                (m, w) -> pushCode(
                        m, Changes.upsert("barrier", UUID.randomUUID(), x, 0, "area", "SANTE", "status", "BESOIN")));
        add(
                cases,
                "push health barrier for Y (no consent)",
                new int[] {403, 404, 422, 404, 403, 403, 403, 404, 404},
                (m, w) -> pushCode(
                        m, Changes.upsert("barrier", UUID.randomUUID(), y, 0, "area", "SANTE", "status", "BESOIN")));
        add(
                cases,
                "push counsellor rating for X",
                new int[] {403, 200, 404, 403, 404, 403, 403, 404, 403},
                (m, w) -> pushCode(
                        m,
                        Changes.upsert(
                                "checkIn",
                                UUID.randomUUID(),
                                x,
                                0,
                                "goalId",
                                goalOfX.toString(),
                                "rater",
                                "COUNSELLOR",
                                "rating",
                                7,
                                "ratedAt",
                                "2026-11-20T10:00:00Z")));
        add(
                cases,
                "push change of X's referent",
                new int[] {403, 200, 404, 403, 404, 403, 403, 404, 403},
                (m, w) ->
                        pushCode(m, Changes.upsert("beneficiary", x, x, 1, "referentCounsellorId", m.id().toString())));
        add(cases, "pull sees X's goal", new int[] {0, 1, 0, 1, 0, 0, 0, 0, 0}, (m, w) -> pulled(m, goalOfX));
        add(
                cases,
                "pull sees X's health barrier under consent",
                new int[] {0, 1, 0, 1, 0, 0, 0, 0, 0},
                (m, w) -> pulled(m, healthBarrierOfX));
        add(
                cases,
                "pull scope lists X",
                new int[] {0, 1, 0, 1, 0, 0, 0, 0, 1},
                (m, w) -> home.api
                                .get("/api/v1/sync/pull", m.token())
                                .json()
                                .get("scope")
                                .toString()
                                .contains(x.toString())
                        ? 1
                        : 0);
        add(
                cases,
                "snapshot of X",
                new int[] {404, 200, 404, 200, 404, 404, 404, 404, 200},
                (m, w) -> home.api
                        .get("/api/v1/sync/snapshot?beneficiaryId=" + x, m.token())
                        .status());
        add(
                cases,
                "list devices sees X's counsellor device",
                new int[] {1, 1, 0, 0, 0, 0, 0, 0, 0},
                (m, w) -> home.api
                                .get("/api/v1/devices", m.token())
                                .json()
                                .toString()
                                .contains(actors.get("counsellorOfX").deviceId().toString())
                        ? 1
                        : 0);
        add(
                cases,
                "revoke a device of X's counsellor",
                new int[] {204, 204, 404, 404, 404, 404, 404, 404, 404},
                (m, w) -> {
                    Org.Member spare = home.member(actors.get("counsellorOfX").user());
                    return home.api
                            .delete("/api/v1/devices/" + spare.deviceId(), m.token())
                            .status();
                });
        add(
                cases,
                "pairing code for beneficiary X's user",
                new int[] {201, 201, 404, 403, 403, 403, 404, 404, 403},
                (m, w) -> home.api
                        .post("/api/v1/pairing-codes", m.token(), "{\"userId\":\"" + beneficiaryXUser.id() + "\"}")
                        .status());
        add(
                cases,
                "pairing code for a counsellor",
                new int[] {201, 404, 404, 403, 403, 403, 404, 404, 403},
                (m, w) -> home.api
                        .post(
                                "/api/v1/pairing-codes",
                                m.token(),
                                "{\"userId\":\"" + actors.get("otherCounsellor").id() + "\"}")
                        .status());
        add(
                cases,
                "create user",
                new int[] {201, 403, 403, 403, 403, 403, 201, 403, 403},
                (m, w) -> home.api
                        .post(
                                "/api/v1/admin/users",
                                m.token(),
                                "{\"displayName\":\"Nouvelle CIP\",\"role\":\"COUNSELLOR\"}")
                        .status());
        add(
                cases,
                "list users sees the home organisation",
                new int[] {1, 403, 403, 403, 403, 403, 0, 403, 403},
                (m, w) -> {
                    Api.Response r = home.api.get("/api/v1/admin/users", m.token());
                    return r.status() != 200
                            ? r.status()
                            : r.json()
                                            .toString()
                                            .contains(actors.get("counsellorOfX")
                                                    .id()
                                                    .toString())
                                    ? 1
                                    : 0;
                });
        add(
                cases,
                "put Z in X's counsellor caseload",
                new int[] {204, 403, 403, 403, 403, 403, 404, 403, 403},
                (m, w) -> home.api
                        .put(
                                "/api/v1/admin/caseloads/"
                                        + actors.get("counsellorOfX").id() + "/" + z,
                                m.token())
                        .status());
        add(
                cases,
                "remove from a caseload",
                new int[] {204, 403, 403, 403, 403, 403, 404, 403, 403},
                (m, w) -> home.api
                        .delete(
                                "/api/v1/admin/caseloads/"
                                        + actors.get("otherCounsellor").id() + "/" + z,
                                m.token())
                        .status());
        add(
                cases,
                "push an observation at work of X",
                new int[] {403, 403, 404, 403, 404, 403, 403, 404, 200},
                (m, w) -> pushCode(
                        m,
                        Changes.upsert(
                                "workObservation",
                                UUID.randomUUID(),
                                x,
                                0,
                                "observedOn",
                                "2026-11-20",
                                "skills",
                                List.of("PONCTUALITE"),
                                "rating",
                                6)));
        add(
                cases,
                "set a work supervisor's teams",
                new int[] {200, 403, 403, 403, 403, 403, 404, 403, 403},
                (m, w) -> home.api
                        .send(home.api
                                .request(
                                        "/api/v1/admin/users/"
                                                + actors.get("workSupervisor").id() + "/work-teams",
                                        m.token())
                                .header("Content-Type", "application/json")
                                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"teams\":[\"Espaces verts\"]}")))
                        .status());
        add(cases, "list the work teams in use", new int[] {1, 403, 403, 403, 403, 403, 0, 403, 403}, (m, w) -> {
            Api.Response r = home.api.get("/api/v1/admin/work-teams", m.token());
            return r.status() != 200 ? r.status() : r.json().toString().contains("Espaces verts") ? 1 : 0;
        });
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1} -> {2}")
    @MethodSource("matrix")
    void eachRoleGetsExactlyTheAccessItsRulesGive(
            String route, String actor, int expected, BiFunction<Org.Member, Object, Integer> request) {
        assertThat(request.apply(actors.get(actor), null))
                .as(route + " by " + actor)
                .isEqualTo(expected);
    }

    private static void add(
            List<Arguments> cases, String route, int[] expected, BiFunction<Org.Member, Object, Integer> request) {
        for (int i = 0; i < ACTORS.size(); i++) {
            cases.add(Arguments.of(route, ACTORS.get(i), expected[i], request));
        }
    }

    /** 403 for a refused request; otherwise the per-change code. */
    private int pushCode(Org.Member member, ObjectNode change) {
        Api.Response response = home.api.post("/api/v1/sync/push", member.token(), Changes.batch(change));
        if (response.status() != 200) {
            return response.status();
        }
        JsonNode result = response.json().at("/results/0");
        return result.get("code").asInt();
    }

    private int pulled(Org.Member member, UUID recordId) {
        JsonNode page =
                home.api.get("/api/v1/sync/pull?limit=1000", member.token()).json();
        return page.get("records").toString().contains(recordId.toString()) ? 1 : 0;
    }

    static {
        assertThat(Role.values()).hasSize(5); // a new role must be added to this matrix
    }
}
