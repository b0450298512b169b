package org.jalons.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.protocol.WriteRights.Operation.CREATE;
import static org.jalons.protocol.WriteRights.Operation.DELETE;
import static org.jalons.protocol.WriteRights.Operation.EDIT;
import static org.jalons.server.model.Role.ADMIN;
import static org.jalons.server.model.Role.BENEFICIARY;
import static org.jalons.server.model.Role.COUNSELLOR;
import static org.jalons.server.model.Role.SUPERVISOR;
import static org.jalons.server.model.Role.WORK_SUPERVISOR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.jalons.protocol.WriteRights.Operation;
import org.jalons.server.model.Role;
import org.jalons.server.service.WriteRights;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every role × record kind × operation, and the restricted fields and values, pushed for real: the outcome is the
 * one written here by hand (200 applied, 403 forbidden_write or a refused push, 422 for what no role may do), and
 * these expectations must agree with the table of {@link WriteRights} (no row: nothing expected allowed; a row:
 * something expected allowed), so a wrong entry in either fails.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WriteRightsMatrixTest {

    private static final String OK = "200";
    private static final String FORBIDDEN = "403 forbidden_write";
    private static final String PUSH_REFUSED = "403 push refused";
    private static final String NO_ROLE = "422 invalid_change";
    private static final List<String> KINDS = List.of(
            "beneficiary",
            "barrier",
            "goal",
            "goalStep",
            "training",
            "checkIn",
            "questionnaireResponse",
            "interview",
            "note",
            "workObservation",
            "exit",
            "followUp",
            "consent",
            "conflict");

    @Parameter
    Backend backend;

    Org org;
    Org.Member counsellor;
    Org.Member counsellorTablet;
    Org.Member person;
    Org.Member supervisor;
    Org.Member workSupervisor;
    Org.Member workSupervisorTablet;
    UUID x;

    /** One push: who, what, and the outcome expected by hand. */
    record Case(
            String name,
            Role role,
            String kind,
            Operation operation,
            String expected,
            Function<WriteRightsMatrixTest, String> push) {}

    @BeforeEach
    void world() {
        org = Org.create(TestServers.shared(backend));
        counsellor = org.counsellor("Samia CIP");
        counsellorTablet = org.member(counsellor.user());
        x = org.newBeneficiary(counsellor);
        person = org.beneficiaryUser(x);
        supervisor = org.supervisor("Direction");
        // the person works in a work team; its work supervisor observes them at work
        workSupervisor = org.member(org.server.createUser(org.id, "Marc Encadrant", WORK_SUPERVISOR, null));
        workSupervisorTablet = org.member(workSupervisor.user());
        org.applied(counsellor, Changes.upsert("beneficiary", x, x, 1, "workTeam", "Espaces verts"));
        Api.Response teams = org.api.send(org.api
                .request("/api/v1/admin/users/" + workSupervisor.id() + "/work-teams", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("{\"teams\":[\"Espaces verts\"]}")));
        assertThat(teams.status()).as(teams.toString()).isEqualTo(200);
        // the person agreed to their contact being kept: the contact cases test the write rights alone
        JsonNode agreed = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "consent",
                        UUID.randomUUID(),
                        x,
                        0,
                        "category",
                        "IDENTITY_CONTACT",
                        "granted",
                        true,
                        "recordedAt",
                        "2026-11-01T10:00:00Z",
                        "recordedBy",
                        "Samia CIP")));
        assertThat(agreed.at("/results/0/status").asText()).isEqualTo("APPLIED");
    }

    static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // beneficiary (the person's file)
        add(
                cases,
                "counsellor opens a file",
                COUNSELLOR,
                "beneficiary",
                CREATE,
                OK,
                t -> t.code(t.counsellor, Changes.newBeneficiary(UUID.randomUUID(), "Léa M.")));
        add(
                cases,
                "counsellor changes the referent",
                COUNSELLOR,
                "beneficiary",
                EDIT,
                OK,
                t -> t.code(
                        t.counsellor,
                        edit(
                                "beneficiary",
                                t.x,
                                t.x,
                                "referentCounsellorId",
                                t.counsellor.id().toString())));
        add(cases, "counsellor deletes a file", COUNSELLOR, "beneficiary", DELETE, OK, t -> {
            UUID other = t.org.newBeneficiary(t.counsellor);
            return t.code(t.counsellor, Changes.delete("beneficiary", other, other, 1));
        });
        add(cases, "person opens their own file", BENEFICIARY, "beneficiary", CREATE, OK, t -> {
            UUID own = UUID.randomUUID();
            return t.code(t.org.beneficiaryUser(own), Changes.newBeneficiary(own, "Léa M."));
        });
        for (String field : List.of("site", "referentCounsellorId")) {
            add(
                    cases,
                    "person opens their own file with " + field,
                    BENEFICIARY,
                    "beneficiary",
                    CREATE,
                    FORBIDDEN,
                    t -> {
                        UUID own = UUID.randomUUID();
                        ObjectNode change = Changes.newBeneficiary(own, "Léa M.");
                        ((ObjectNode) change.get("fields"))
                                .put(
                                        field,
                                        field.equals("site")
                                                ? "Atelier"
                                                : t.counsellor.id().toString());
                        return t.code(t.org.beneficiaryUser(own), change);
                    });
        }
        for (Object[] edit : new Object[][] {
            {"displayName", "Samia", OK},
            {"contact", "06 00 00 00 00", OK},
            {"educationLevel", "LEVEL_4", OK},
            {"referentCounsellorId", UUID.randomUUID().toString(), FORBIDDEN},
            {"eligibility", List.of("RSA"), FORBIDDEN},
            {"site", "Atelier vélo", FORBIDDEN},
            {"entryDate", "2025-01-01", FORBIDDEN},
            {"contractType", "OTHER", FORBIDDEN}
        }) {
            add(
                    cases,
                    "person edits their " + edit[0],
                    BENEFICIARY,
                    "beneficiary",
                    EDIT,
                    (String) edit[2],
                    t -> t.code(t.person, edit("beneficiary", t.x, t.x, (String) edit[0], edit[1])));
        }
        add(
                cases,
                "person deletes their file",
                BENEFICIARY,
                "beneficiary",
                DELETE,
                FORBIDDEN,
                t -> t.code(t.person, Changes.delete("beneficiary", t.x, t.x, 1)));
        // barrier: the counsellor's assessment
        for (Role role : List.of(COUNSELLOR, BENEFICIARY)) {
            String expected = role == COUNSELLOR ? OK : FORBIDDEN;
            add(
                    cases,
                    role + " adds a barrier",
                    role,
                    "barrier",
                    CREATE,
                    expected,
                    t -> t.code(t.as(role), barrier(UUID.randomUUID(), t.x)));
            add(
                    cases,
                    role + " edits a barrier",
                    role,
                    "barrier",
                    EDIT,
                    expected,
                    t -> t.code(
                            t.as(role),
                            edit(
                                    "barrier",
                                    t.fixture(t.counsellor, barrier(UUID.randomUUID(), t.x)),
                                    t.x,
                                    "status",
                                    "POINT_APPUI")));
            add(
                    cases,
                    role + " deletes a barrier",
                    role,
                    "barrier",
                    DELETE,
                    expected,
                    t -> t.code(
                            t.as(role),
                            Changes.delete(
                                    "barrier", t.fixture(t.counsellor, barrier(UUID.randomUUID(), t.x)), t.x, 1)));
        }
        // goal
        add(
                cases,
                "counsellor proposes a goal",
                COUNSELLOR,
                "goal",
                CREATE,
                OK,
                t -> t.code(t.counsellor, goal(UUID.randomUUID(), t.x, "COUNSELLOR")));
        add(
                cases,
                "counsellor edits the person's goal",
                COUNSELLOR,
                "goal",
                EDIT,
                OK,
                t -> t.code(t.counsellor, edit("goal", t.goal(t.person, "BENEFICIARY"), t.x, "status", "ATTEINT")));
        add(
                cases,
                "counsellor deletes a goal",
                COUNSELLOR,
                "goal",
                DELETE,
                OK,
                t -> t.code(t.counsellor, Changes.delete("goal", t.goal(t.counsellor, "COUNSELLOR"), t.x, 1)));
        for (String by : List.of("BENEFICIARY", "COUNSELLOR", "JOINT")) {
            add(
                    cases,
                    "person proposes a goal as " + by,
                    BENEFICIARY,
                    "goal",
                    CREATE,
                    by.equals("BENEFICIARY") ? OK : FORBIDDEN,
                    t -> t.code(t.person, goal(UUID.randomUUID(), t.x, by)));
            add(
                    cases,
                    "person edits the status of a goal proposed by " + by,
                    BENEFICIARY,
                    "goal",
                    EDIT,
                    by.equals("BENEFICIARY") ? OK : FORBIDDEN,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goal",
                                    t.goal(by.equals("BENEFICIARY") ? t.person : t.counsellor, by),
                                    t.x,
                                    "status",
                                    "ATTEINT")));
            add(
                    cases,
                    "person deletes a goal proposed by " + by,
                    BENEFICIARY,
                    "goal",
                    DELETE,
                    by.equals("BENEFICIARY") ? OK : FORBIDDEN,
                    t -> t.code(
                            t.person,
                            Changes.delete(
                                    "goal", t.goal(by.equals("BENEFICIARY") ? t.person : t.counsellor, by), t.x, 1)));
            // every goal of their path: its words, and a status they propose (the counsellor decides the status)
            add(
                    cases,
                    "person rewords a goal proposed by " + by,
                    BENEFICIARY,
                    "goal",
                    EDIT,
                    OK,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goal",
                                    t.goal(by.equals("BENEFICIARY") ? t.person : t.counsellor, by),
                                    t.x,
                                    "phrasing",
                                    "Je veux conduire pour aller au travail")));
            add(
                    cases,
                    "person proposes the status of a goal proposed by " + by,
                    BENEFICIARY,
                    "goal",
                    EDIT,
                    OK,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goal",
                                    t.goal(by.equals("BENEFICIARY") ? t.person : t.counsellor, by),
                                    t.x,
                                    "proposedStatus",
                                    "ATTEINT",
                                    "proposedAt",
                                    "2026-11-02T10:00:00Z")));
            add(
                    cases,
                    "person rewords a goal proposed by " + by + " and moves its target date",
                    BENEFICIARY,
                    "goal",
                    EDIT,
                    by.equals("BENEFICIARY") ? OK : FORBIDDEN,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goal",
                                    t.goal(by.equals("BENEFICIARY") ? t.person : t.counsellor, by),
                                    t.x,
                                    "phrasing",
                                    "Je veux conduire",
                                    "targetDate",
                                    "2027-06-01")));
        }
        add(
                cases,
                "person makes their own goal the counsellor's",
                BENEFICIARY,
                "goal",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.person, edit("goal", t.goal(t.person, "BENEFICIARY"), t.x, "proposedBy", "JOINT")));
        add(
                cases,
                "person edits their own goal's words, sending proposedBy unchanged",
                BENEFICIARY,
                "goal",
                EDIT,
                OK,
                t -> t.code(
                        t.person,
                        edit(
                                "goal",
                                t.goal(t.person, "BENEFICIARY"),
                                t.x,
                                "phrasing",
                                "Je me sens capable de conduire",
                                "proposedBy",
                                "BENEFICIARY")));
        // goalStep: own goals wholly; on a shared goal, the step's status only
        add(
                cases,
                "counsellor adds a step",
                COUNSELLOR,
                "goalStep",
                CREATE,
                OK,
                t -> t.code(t.counsellor, step(UUID.randomUUID(), t.x, t.goal(t.counsellor, "COUNSELLOR"))));
        add(
                cases,
                "counsellor renames a step",
                COUNSELLOR,
                "goalStep",
                EDIT,
                OK,
                t -> t.code(
                        t.counsellor,
                        edit("goalStep", t.step(t.person, t.goal(t.person, "BENEFICIARY")), t.x, "label", "Appeler")));
        add(
                cases,
                "counsellor deletes a step",
                COUNSELLOR,
                "goalStep",
                DELETE,
                OK,
                t -> t.code(
                        t.counsellor,
                        Changes.delete("goalStep", t.step(t.person, t.goal(t.person, "BENEFICIARY")), t.x, 1)));
        for (String by : List.of("BENEFICIARY", "JOINT")) {
            boolean own = by.equals("BENEFICIARY");
            String expected = own ? OK : FORBIDDEN;
            add(
                    cases,
                    "person adds a step to a goal proposed by " + by,
                    BENEFICIARY,
                    "goalStep",
                    CREATE,
                    expected,
                    t -> t.code(t.person, step(UUID.randomUUID(), t.x, t.goal(own ? t.person : t.counsellor, by))));
            add(
                    cases,
                    "person renames a step of a goal proposed by " + by,
                    BENEFICIARY,
                    "goalStep",
                    EDIT,
                    expected,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goalStep",
                                    t.step(t.counsellor, t.goal(t.counsellor, by)),
                                    t.x,
                                    "label",
                                    "Appeler l'auto-école")));
            add(
                    cases,
                    "person marks done a step of a goal proposed by " + by,
                    BENEFICIARY,
                    "goalStep",
                    EDIT,
                    OK,
                    t -> t.code(
                            t.person,
                            edit(
                                    "goalStep",
                                    t.step(t.counsellor, t.goal(t.counsellor, by)),
                                    t.x,
                                    "status",
                                    "REALISEE",
                                    "doneDate",
                                    "2026-11-20")));
            add(
                    cases,
                    "person deletes a step of a goal proposed by " + by,
                    BENEFICIARY,
                    "goalStep",
                    DELETE,
                    expected,
                    t -> t.code(
                            t.person,
                            Changes.delete("goalStep", t.step(t.counsellor, t.goal(t.counsellor, by)), t.x, 1)));
        }
        add(
                cases,
                "person adds a step to a goal that does not exist",
                BENEFICIARY,
                "goalStep",
                CREATE,
                FORBIDDEN,
                t -> t.code(t.person, step(UUID.randomUUID(), t.x, UUID.randomUUID())));
        add(
                cases,
                "person moves a shared goal's step to their own goal",
                BENEFICIARY,
                "goalStep",
                EDIT,
                FORBIDDEN,
                t -> t.code(
                        t.person,
                        edit(
                                "goalStep",
                                t.step(t.counsellor, t.goal(t.counsellor, "JOINT")),
                                t.x,
                                "goalId",
                                t.goal(t.person, "BENEFICIARY").toString())));
        // training: the person declares, the counsellor confirms a certification
        add(
                cases,
                "counsellor adds a training",
                COUNSELLOR,
                "training",
                CREATE,
                OK,
                t -> t.code(t.counsellor, training(UUID.randomUUID(), t.x, "PREVUE")));
        add(
                cases,
                "counsellor confirms the person's certification",
                COUNSELLOR,
                "training",
                EDIT,
                OK,
                t -> t.code(
                        t.counsellor, edit("training", t.training(t.person, "SUIVIE"), t.x, "status", "CERTIFIEE")));
        add(
                cases,
                "counsellor deletes a training",
                COUNSELLOR,
                "training",
                DELETE,
                OK,
                t -> t.code(t.counsellor, Changes.delete("training", t.training(t.person, "PREVUE"), t.x, 1)));
        add(
                cases,
                "person declares a training",
                BENEFICIARY,
                "training",
                CREATE,
                OK,
                t -> t.code(t.person, training(UUID.randomUUID(), t.x, "EN_COURS")));
        add(
                cases,
                "person declares a certified training",
                BENEFICIARY,
                "training",
                CREATE,
                FORBIDDEN,
                t -> t.code(t.person, training(UUID.randomUUID(), t.x, "CERTIFIEE")));
        add(
                cases,
                "person updates the hours of a training they declared",
                BENEFICIARY,
                "training",
                EDIT,
                OK,
                t -> t.code(t.person, edit("training", t.training(t.person, "EN_COURS"), t.x, "doneHours", 20)));
        add(
                cases,
                "person certifies a training they declared",
                BENEFICIARY,
                "training",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.person, edit("training", t.training(t.person, "SUIVIE"), t.x, "status", "CERTIFIEE")));
        add(
                cases,
                "person edits a training the counsellor entered",
                BENEFICIARY,
                "training",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.person, edit("training", t.training(t.counsellor, "PREVUE"), t.x, "doneHours", 20)));
        add(cases, "person un-certifies a confirmed training", BENEFICIARY, "training", EDIT, FORBIDDEN, t -> {
            UUID id = t.training(t.person, "SUIVIE");
            t.fixture(t.counsellor, edit("training", id, t.x, "status", "CERTIFIEE"));
            return t.code(t.person, Changes.upsert("training", id, t.x, 2, "status", "SUIVIE"));
        });
        add(
                cases,
                "person deletes a training they declared",
                BENEFICIARY,
                "training",
                DELETE,
                OK,
                t -> t.code(t.person, Changes.delete("training", t.training(t.person, "PREVUE"), t.x, 1)));
        add(
                cases,
                "person deletes a training the counsellor entered",
                BENEFICIARY,
                "training",
                DELETE,
                FORBIDDEN,
                t -> t.code(t.person, Changes.delete("training", t.training(t.counsellor, "PREVUE"), t.x, 1)));
        // checkIn: each voice its own
        add(
                cases,
                "counsellor rates",
                COUNSELLOR,
                "checkIn",
                CREATE,
                OK,
                t -> t.code(t.counsellor, checkIn(t.x, t.goal(t.counsellor, "JOINT"), "COUNSELLOR")));
        add(
                cases,
                "counsellor records the person's own rating",
                COUNSELLOR,
                "checkIn",
                CREATE,
                FORBIDDEN,
                t -> t.code(t.counsellor, checkIn(t.x, t.goal(t.counsellor, "JOINT"), "BENEFICIARY")));
        add(
                cases,
                "counsellor records the person's own rating during a visit",
                COUNSELLOR,
                "checkIn",
                CREATE,
                OK,
                t -> t.lastCode(
                        t.counsellor, checkIn(t.x, t.goal(t.counsellor, "JOINT"), "BENEFICIARY"), interview(t.x)));
        add(
                cases,
                "person rates themself",
                BENEFICIARY,
                "checkIn",
                CREATE,
                OK,
                t -> t.code(t.person, checkIn(t.x, t.goal(t.counsellor, "JOINT"), "BENEFICIARY")));
        add(
                cases,
                "person writes the counsellor's rating",
                BENEFICIARY,
                "checkIn",
                CREATE,
                FORBIDDEN,
                t -> t.code(t.person, checkIn(t.x, t.goal(t.counsellor, "JOINT"), "COUNSELLOR")));
        // questionnaireResponse, interview, note, consent: created once
        for (Role role : List.of(COUNSELLOR, BENEFICIARY)) {
            add(
                    cases,
                    role + " answers a questionnaire",
                    role,
                    "questionnaireResponse",
                    CREATE,
                    OK,
                    t -> t.code(t.as(role), questionnaire(t.x)));
            add(
                    cases,
                    role + " records an interview",
                    role,
                    "interview",
                    CREATE,
                    role == COUNSELLOR ? OK : FORBIDDEN,
                    t -> t.code(t.as(role), interview(t.x)));
            for (String author : List.of("COUNSELLOR", "BENEFICIARY")) {
                add(
                        cases,
                        role + " writes a note as " + author,
                        role,
                        "note",
                        CREATE,
                        author.equals(role.name()) ? OK : FORBIDDEN,
                        t -> t.code(t.as(role), note(t.x, author)));
            }
            add(
                    cases,
                    role + " records a consent",
                    role,
                    "consent",
                    CREATE,
                    role == COUNSELLOR ? OK : FORBIDDEN,
                    t -> t.code(t.as(role), consent(t.x)));
        }
        // exit and follow-up: the structure's decisions
        for (Role role : List.of(COUNSELLOR, BENEFICIARY)) {
            String expected = role == COUNSELLOR ? OK : FORBIDDEN;
            add(
                    cases,
                    role + " records an EMPLOI_DURABLE exit",
                    role,
                    "exit",
                    CREATE,
                    expected,
                    t -> t.code(t.as(role), exit(UUID.randomUUID(), t.x)));
            add(
                    cases,
                    role + " edits an exit",
                    role,
                    "exit",
                    EDIT,
                    expected,
                    t -> t.code(
                            t.as(role),
                            edit(
                                    "exit",
                                    t.fixture(t.counsellor, exit(UUID.randomUUID(), t.x)),
                                    t.x,
                                    "category",
                                    "RETRAIT")));
            add(
                    cases,
                    role + " deletes an exit",
                    role,
                    "exit",
                    DELETE,
                    expected,
                    t -> t.code(
                            t.as(role),
                            Changes.delete("exit", t.fixture(t.counsellor, exit(UUID.randomUUID(), t.x)), t.x, 1)));
            add(
                    cases,
                    role + " records a follow-up",
                    role,
                    "followUp",
                    CREATE,
                    expected,
                    t -> t.code(t.as(role), followUp(UUID.randomUUID(), t.x)));
            add(
                    cases,
                    role + " edits a follow-up",
                    role,
                    "followUp",
                    EDIT,
                    expected,
                    t -> t.code(
                            t.as(role),
                            edit(
                                    "followUp",
                                    t.fixture(t.counsellor, followUp(UUID.randomUUID(), t.x)),
                                    t.x,
                                    "situation",
                                    "EMPLOI_DURABLE")));
            add(
                    cases,
                    role + " deletes a follow-up",
                    role,
                    "followUp",
                    DELETE,
                    expected,
                    t -> t.code(
                            t.as(role),
                            Changes.delete(
                                    "followUp", t.fixture(t.counsellor, followUp(UUID.randomUUID(), t.x)), t.x, 1)));
            // append-only kinds and conflicts: what no role may do is refused as invalid, before any right
            for (String kind : List.of("checkIn", "questionnaireResponse", "interview", "note", "consent")) {
                String field = Map.of(
                                "checkIn",
                                "comment",
                                "questionnaireResponse",
                                "questionnaireId",
                                "interview",
                                "notes",
                                "note",
                                "text",
                                "consent",
                                "recordedBy")
                        .get(kind);
                add(
                        cases,
                        role + " edits a " + kind,
                        role,
                        kind,
                        EDIT,
                        NO_ROLE,
                        t -> t.code(t.as(role), Changes.upsert(kind, t.appendOnly(kind), t.x, 1, field, "Changé")));
                add(
                        cases,
                        role + " deletes a " + kind,
                        role,
                        kind,
                        DELETE,
                        NO_ROLE,
                        t -> t.code(t.as(role), Changes.delete(kind, t.appendOnly(kind), t.x, 1)));
            }
            add(
                    cases,
                    role + " creates a conflict",
                    role,
                    "conflict",
                    CREATE,
                    NO_ROLE,
                    t -> t.code(
                            t.as(role), Changes.upsert("conflict", UUID.randomUUID(), t.x, 0, "status", "RESOLVED")));
            add(
                    cases,
                    role + " deletes a conflict",
                    role,
                    "conflict",
                    DELETE,
                    NO_ROLE,
                    t -> t.code(t.as(role), Changes.delete("conflict", t.barrierConflict(), t.x, 1)));
            add(
                    cases,
                    role + " resolves a conflict about a barrier",
                    role,
                    "conflict",
                    EDIT,
                    expected,
                    t -> t.code(t.as(role), resolve(t.barrierConflict(), t.x)));
        }
        add(
                cases,
                "person resolves a conflict about their own goal",
                BENEFICIARY,
                "conflict",
                EDIT,
                OK,
                t -> t.code(t.person, resolve(t.ownGoalConflict(), t.x)));
        workSupervisorCases(cases);
        // supervisors and admins write no person record: the push is refused as a whole
        for (Role role : List.of(SUPERVISOR, ADMIN)) {
            for (String kind : KINDS) {
                for (Operation op : Operation.values()) {
                    add(
                            cases,
                            role + " " + op + " " + kind,
                            role,
                            kind,
                            op,
                            PUSH_REFUSED,
                            t -> t.code(
                                    t.as(role),
                                    op == DELETE
                                            ? Changes.delete(kind, UUID.randomUUID(), t.x, 1)
                                            : Changes.upsert(
                                                    kind, UUID.randomUUID(), t.x, op == CREATE ? 0 : 1, "x", 1)));
                }
            }
        }
        return cases;
    }

    /**
     * The work supervisor writes observations at work of the people of their teams, never the person's answer, and
     * nothing else; the person answers them; the counsellor reads them and writes none.
     */
    private static void workSupervisorCases(List<Case> cases) {
        add(
                cases,
                "work supervisor observes the person at work",
                WORK_SUPERVISOR,
                "workObservation",
                CREATE,
                OK,
                t -> t.code(t.workSupervisor, observation(UUID.randomUUID(), t.x)));
        add(
                cases,
                "work supervisor edits their observation",
                WORK_SUPERVISOR,
                "workObservation",
                EDIT,
                OK,
                t -> t.code(t.workSupervisor, edit("workObservation", t.observation(), t.x, "rating", 9)));
        add(
                cases,
                "work supervisor writes the person's answer",
                WORK_SUPERVISOR,
                "workObservation",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.workSupervisor, edit("workObservation", t.observation(), t.x, "answer", "Oui")));
        add(
                cases,
                "work supervisor deletes their observation",
                WORK_SUPERVISOR,
                "workObservation",
                DELETE,
                OK,
                t -> t.code(t.workSupervisor, Changes.delete("workObservation", t.observation(), t.x, 1)));
        add(
                cases,
                "person answers an observation",
                BENEFICIARY,
                "workObservation",
                EDIT,
                OK,
                t -> t.code(
                        t.person,
                        edit(
                                "workObservation",
                                t.observation(),
                                t.x,
                                "answer",
                                "Merci",
                                "answeredAt",
                                "2026-11-20T10:00:00Z")));
        add(
                cases,
                "person changes the rating of an observation",
                BENEFICIARY,
                "workObservation",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.person, edit("workObservation", t.observation(), t.x, "rating", 10)));
        for (Role role : List.of(COUNSELLOR, BENEFICIARY)) {
            add(
                    cases,
                    role + " writes an observation at work",
                    role,
                    "workObservation",
                    CREATE,
                    FORBIDDEN,
                    t -> t.code(t.as(role), observation(UUID.randomUUID(), t.x)));
            add(
                    cases,
                    role + " deletes an observation at work",
                    role,
                    "workObservation",
                    DELETE,
                    FORBIDDEN,
                    t -> t.code(t.as(role), Changes.delete("workObservation", t.observation(), t.x, 1)));
        }
        add(
                cases,
                "counsellor edits an observation at work",
                COUNSELLOR,
                "workObservation",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.counsellor, edit("workObservation", t.observation(), t.x, "comment", "Non")));
        // nothing of the support: a new file is out of reach, every other write is refused
        add(
                cases,
                "work supervisor opens a file",
                WORK_SUPERVISOR,
                "beneficiary",
                CREATE,
                "404 not_found",
                t -> t.code(t.workSupervisor, Changes.newBeneficiary(UUID.randomUUID(), "Léa M.")));
        add(
                cases,
                "work supervisor edits the person's site",
                WORK_SUPERVISOR,
                "beneficiary",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.workSupervisor, edit("beneficiary", t.x, t.x, "site", "Atelier vélo")));
        add(
                cases,
                "work supervisor deletes the person's file",
                WORK_SUPERVISOR,
                "beneficiary",
                DELETE,
                FORBIDDEN,
                t -> t.code(t.workSupervisor, Changes.delete("beneficiary", t.x, t.x, 2)));
        Map<String, Function<WriteRightsMatrixTest, ObjectNode>> mutable = Map.of(
                "barrier", t -> barrier(UUID.randomUUID(), t.x),
                "goal", t -> goal(UUID.randomUUID(), t.x, "COUNSELLOR"),
                "goalStep", t -> step(UUID.randomUUID(), t.x, t.goal(t.counsellor, "COUNSELLOR")),
                "training", t -> training(UUID.randomUUID(), t.x, "EN_COURS"),
                "exit", t -> exit(UUID.randomUUID(), t.x),
                "followUp", t -> followUp(UUID.randomUUID(), t.x));
        mutable.forEach((kind, make) -> {
            add(
                    cases,
                    "work supervisor creates a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    CREATE,
                    FORBIDDEN,
                    t -> t.code(t.workSupervisor, make.apply(t)));
            add(
                    cases,
                    "work supervisor edits a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    EDIT,
                    FORBIDDEN,
                    t -> t.code(
                            t.workSupervisor,
                            edit(
                                    kind,
                                    t.fixture(t.counsellor, make.apply(t)),
                                    t.x,
                                    editedField(kind),
                                    "barrier".equals(kind) ? "Vélo" : "2027-01-15")));
            add(
                    cases,
                    "work supervisor deletes a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    DELETE,
                    FORBIDDEN,
                    t -> t.code(
                            t.workSupervisor, Changes.delete(kind, t.fixture(t.counsellor, make.apply(t)), t.x, 1)));
        });
        for (String kind : List.of("checkIn", "questionnaireResponse", "interview", "note", "consent")) {
            add(
                    cases,
                    "work supervisor writes a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    CREATE,
                    FORBIDDEN,
                    t -> t.code(
                            t.workSupervisor,
                            switch (kind) {
                                case "checkIn" -> checkIn(t.x, t.goal(t.counsellor, "JOINT"), "COUNSELLOR");
                                case "questionnaireResponse" -> questionnaire(t.x);
                                case "interview" -> interview(t.x);
                                case "note" -> note(t.x, "COUNSELLOR");
                                default -> consent(t.x);
                            }));
            add(
                    cases,
                    "work supervisor edits a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    EDIT,
                    NO_ROLE,
                    t -> t.code(t.workSupervisor, Changes.upsert(kind, t.appendOnly(kind), t.x, 1, "x", "Changé")));
            add(
                    cases,
                    "work supervisor deletes a " + kind,
                    WORK_SUPERVISOR,
                    kind,
                    DELETE,
                    NO_ROLE,
                    t -> t.code(t.workSupervisor, Changes.delete(kind, t.appendOnly(kind), t.x, 1)));
        }
        add(
                cases,
                "work supervisor creates a conflict",
                WORK_SUPERVISOR,
                "conflict",
                CREATE,
                NO_ROLE,
                t -> t.code(
                        t.workSupervisor, Changes.upsert("conflict", UUID.randomUUID(), t.x, 0, "status", "RESOLVED")));
        add(
                cases,
                "work supervisor deletes a conflict",
                WORK_SUPERVISOR,
                "conflict",
                DELETE,
                NO_ROLE,
                t -> t.code(t.workSupervisor, Changes.delete("conflict", t.barrierConflict(), t.x, 1)));
        add(
                cases,
                "work supervisor resolves a conflict about a barrier",
                WORK_SUPERVISOR,
                "conflict",
                EDIT,
                FORBIDDEN,
                t -> t.code(t.workSupervisor, resolve(t.barrierConflict(), t.x)));
        add(
                cases,
                "work supervisor resolves a conflict about their observation",
                WORK_SUPERVISOR,
                "conflict",
                EDIT,
                OK,
                t -> t.code(t.workSupervisor, resolve(t.observationConflict(), t.x)));
    }

    /** A field of a mutable kind the work supervisor tries to change (a date, or a barrier's note). */
    private static String editedField(String kind) {
        return switch (kind) {
            case "barrier" -> "note";
            case "goal" -> "targetDate";
            case "goalStep" -> "dueDate";
            case "training" -> "startDate";
            case "exit" -> "followUpDue";
            default -> "doneDate";
        };
    }

    @Test
    void everyRoleWritesExactlyWhatTheTableAllows() {
        SoftAssertions softly = new SoftAssertions();
        for (Case c : cases()) {
            softly.assertThat(c.push().apply(this))
                    .as(c.name() + " (" + c.role() + " " + c.operation() + " " + c.kind() + ")")
                    .isEqualTo(c.expected());
        }
        softly.assertAll();
    }

    @Test
    void theHandWrittenExpectationsCoverTheTableAndAgreeWithIt() {
        List<Case> cases = cases();
        for (Role role : Role.values()) {
            for (String kind : KINDS) {
                for (Operation op : Operation.values()) {
                    List<Case> these = cases.stream()
                            .filter(c -> c.role() == role && c.kind().equals(kind) && c.operation() == op)
                            .toList();
                    assertThat(these)
                            .as("cases for " + role + " " + op + " " + kind)
                            .isNotEmpty();
                    boolean anyAllowed =
                            these.stream().anyMatch(c -> c.expected().equals(OK));
                    assertThat(!WriteRights.rows(role, kind, op).isEmpty())
                            .as("the table has a right for " + role + " " + op + " " + kind)
                            .isEqualTo(anyAllowed);
                }
            }
        }
    }

    @Test
    void aRefusedWriteSaysForbiddenWriteAndTheRestOfTheBatchIsApplied() {
        UUID goal = goal(counsellor, "COUNSELLOR");
        JsonNode results = org.push(
                        person,
                        Changes.batch(
                                Changes.delete("goal", goal, x, 1),
                                Changes.upsert(
                                        "note",
                                        UUID.randomUUID(),
                                        x,
                                        0,
                                        "text",
                                        "J'ai appelé",
                                        "writtenAt",
                                        "2026-11-20T10:00:00Z",
                                        "authorRole",
                                        "BENEFICIARY")))
                .get("results");
        assertThat(results.at("/0/code").asInt()).isEqualTo(403);
        assertThat(results.at("/0/error").asText()).isEqualTo("forbidden_write");
        assertThat(results.at("/0/reason").asText()).contains("delete").contains("goal");
        assertThat(results.at("/1/status").asText()).isEqualTo("APPLIED");
        assertThat(pulled(goal).get("deleted").asBoolean()).isFalse();
    }

    @Test
    void aConsentIsRecordedByTheAccountThatPushesIt() {
        UUID id = UUID.randomUUID();
        JsonNode result = org.push(
                counsellor,
                Changes.batch(Changes.upsert(
                        "consent",
                        id,
                        x,
                        0,
                        "category",
                        "HEALTH",
                        "granted",
                        true,
                        "recordedAt",
                        "2026-11-01T10:00:00Z",
                        "recordedBy",
                        "Dr Someone Else")));
        assertThat(result.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(pulled(id).at("/fields/recordedBy").asText()).isEqualTo("Samia CIP");
    }

    private JsonNode pulled(UUID id) {
        for (JsonNode record : org.api
                .get("/api/v1/sync/pull?limit=1000", counsellor.token())
                .json()
                .get("records")) {
            if (record.get("id").asText().equals(id.toString())) {
                return record;
            }
        }
        throw new AssertionError("not pulled: " + id);
    }

    Org.Member as(Role role) {
        return Map.of(
                        COUNSELLOR,
                        counsellor,
                        BENEFICIARY,
                        person,
                        SUPERVISOR,
                        supervisor,
                        ADMIN,
                        org.admin,
                        WORK_SUPERVISOR,
                        workSupervisor)
                .get(role);
    }

    /** The outcome of a one-change push: the per-change code (and error when refused), or the refused push. */
    String code(Org.Member member, ObjectNode change) {
        return lastCode(member, change);
    }

    /** The outcome of the first change when the push carries others for context. */
    String lastCode(Org.Member member, ObjectNode... changes) {
        Api.Response response = org.api.post("/api/v1/sync/push", member.token(), Changes.batch(changes));
        if (response.status() != 200) {
            return response.status() == 403 ? PUSH_REFUSED : response.status() + " " + response.json();
        }
        JsonNode result = response.json().at("/results/0");
        int code = result.get("code").asInt();
        return code == 200 ? OK : code + " " + result.get("error").asText();
    }

    /** Pushes a record a case needs first; it must be applied. */
    UUID fixture(Org.Member member, ObjectNode change) {
        JsonNode result = org.push(member, Changes.batch(change)).at("/results/0");
        assertThat(result.get("code").asInt()).as(result.toString()).isEqualTo(200);
        return UUID.fromString(change.get("recordId").asText());
    }

    UUID goal(Org.Member by, String proposedBy) {
        return fixture(by, goal(UUID.randomUUID(), x, proposedBy));
    }

    UUID step(Org.Member by, UUID goalId) {
        return fixture(by, step(UUID.randomUUID(), x, goalId));
    }

    UUID training(Org.Member by, String status) {
        return fixture(by, training(UUID.randomUUID(), x, status));
    }

    UUID appendOnly(String kind) {
        return fixture(
                counsellor,
                switch (kind) {
                    case "checkIn" -> checkIn(x, goal(counsellor, "JOINT"), "COUNSELLOR");
                    case "questionnaireResponse" -> questionnaire(x);
                    case "interview" -> interview(x);
                    case "note" -> note(x, "COUNSELLOR");
                    default -> consent(x);
                });
    }

    /** An observation at work of the person, by their work supervisor. */
    UUID observation() {
        return fixture(workSupervisor, observation(UUID.randomUUID(), x));
    }

    /** Two devices of the work supervisor change an observation's comment from the same version. */
    UUID observationConflict() {
        UUID observation = observation();
        fixture(workSupervisorTablet, edit("workObservation", observation, x, "comment", "Très bien"));
        return conflictOf(
                org.push(workSupervisor, Changes.batch(edit("workObservation", observation, x, "comment", "Vélo"))));
    }

    /** Two devices of the counsellor change a barrier's note from the same version. */
    UUID barrierConflict() {
        UUID barrier = fixture(counsellor, barrier(UUID.randomUUID(), x));
        fixture(counsellorTablet, edit("barrier", barrier, x, "note", "Pas de permis"));
        return conflictOf(org.push(counsellor, Changes.batch(edit("barrier", barrier, x, "note", "Vélo"))));
    }

    /** The counsellor and the person change the words of the person's goal from the same version. */
    UUID ownGoalConflict() {
        UUID goal = goal(person, "BENEFICIARY");
        fixture(counsellor, edit("goal", goal, x, "phrasing", "Je me sens capable de conduire"));
        return conflictOf(
                org.push(person, Changes.batch(edit("goal", goal, x, "phrasing", "Je me sens capable de rouler"))));
    }

    private static UUID conflictOf(JsonNode pushed) {
        assertThat(pushed.at("/results/0/status").asText())
                .as(pushed.toString())
                .isEqualTo("MERGED_WITH_CONFLICT");
        return UUID.fromString(pushed.at("/results/0/conflictIds/0").asText());
    }

    private static void add(
            List<Case> cases,
            String name,
            Role role,
            String kind,
            Operation op,
            String expected,
            Function<WriteRightsMatrixTest, String> push) {
        cases.add(new Case(name, role, kind, op, expected, push));
    }

    private static ObjectNode edit(String kind, UUID id, UUID beneficiaryId, Object... fieldValuePairs) {
        return Changes.upsert(kind, id, beneficiaryId, 1, fieldValuePairs);
    }

    private static ObjectNode barrier(UUID id, UUID x) {
        return Changes.upsert("barrier", id, x, 0, "area", "MOBILITE", "status", "BESOIN");
    }

    private static ObjectNode goal(UUID id, UUID x, String proposedBy) {
        return Changes.upsert(
                "goal",
                id,
                x,
                0,
                "theme",
                "MOBILITE",
                "phrasing",
                "Je me sens capable de passer le permis B",
                "proposedBy",
                proposedBy,
                "status",
                "EN_COURS",
                "openedOn",
                "2026-02-01");
    }

    private static ObjectNode step(UUID id, UUID x, UUID goalId) {
        return Changes.upsert(
                "goalStep", id, x, 0, "goalId", goalId.toString(), "label", "S'inscrire", "status", "A_FAIRE");
    }

    private static ObjectNode training(UUID id, UUID x, String status) {
        return Changes.upsert(
                "training",
                id,
                x,
                0,
                "title",
                "Code de la route",
                "trainingKind",
                "CERTIFYING",
                "certification",
                "PERMIS_B",
                "status",
                status);
    }

    private static ObjectNode checkIn(UUID x, UUID goalId, String rater) {
        return Changes.upsert(
                "checkIn",
                UUID.randomUUID(),
                x,
                0,
                "goalId",
                goalId.toString(),
                "rater",
                rater,
                "rating",
                6,
                "ratedAt",
                "2026-11-20T10:00:00Z");
    }

    private static ObjectNode questionnaire(UUID x) {
        return Changes.upsert(
                "questionnaireResponse",
                UUID.randomUUID(),
                x,
                0,
                "questionnaireId",
                "pouvoir-agir",
                "questionnaireVersion",
                1,
                "answers",
                Map.of("PA1", 3),
                "answeredAt",
                "2026-11-20T10:00:00Z");
    }

    private static ObjectNode interview(UUID x) {
        return Changes.upsert("interview", UUID.randomUUID(), x, 0, "date", "2026-11-20", "place", "DOMICILE");
    }

    private static ObjectNode note(UUID x, String author) {
        return Changes.upsert(
                "note",
                UUID.randomUUID(),
                x,
                0,
                "text",
                "Bonne semaine",
                "writtenAt",
                "2026-11-20T10:00:00Z",
                "authorRole",
                author);
    }

    private static ObjectNode consent(UUID x) {
        return Changes.upsert(
                "consent",
                UUID.randomUUID(),
                x,
                0,
                "category",
                "ANONYMOUS_STATISTICS",
                "granted",
                true,
                "recordedAt",
                "2026-11-01T10:00:00Z",
                "recordedBy",
                "Samia CIP");
    }

    private static ObjectNode exit(UUID id, UUID x) {
        return Changes.upsert("exit", id, x, 0, "exitDate", "2026-10-01", "category", "EMPLOI_DURABLE");
    }

    private static ObjectNode followUp(UUID id, UUID x) {
        return Changes.upsert("followUp", id, x, 0, "exitId", UUID.randomUUID().toString(), "dueDate", "2027-04-01");
    }

    private static ObjectNode observation(UUID id, UUID x) {
        return Changes.upsert(
                "workObservation",
                id,
                x,
                0,
                "observedOn",
                "2026-11-19",
                "skills",
                List.of("PONCTUALITE", "CONSIGNES"),
                "rating",
                7,
                "comment",
                "Bon travail");
    }

    private static ObjectNode resolve(UUID conflict, UUID x) {
        return Changes.upsert("conflict", conflict, x, 1, "status", "RESOLVED", "resolvedValue", "Vélo");
    }
}
