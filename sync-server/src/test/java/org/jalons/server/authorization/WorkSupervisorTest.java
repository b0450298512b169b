package org.jalons.server.authorization;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
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
 * The work supervisor (encadrant·e technique, PROTOCOL.md "Work supervisors"): reads the people of their work teams,
 * a few fields of their record and their observations at work, nothing else; writes observations only; forgets a
 * person who leaves their teams. The person answers, the counsellor reads.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class WorkSupervisorTest {

    private static final String GREEN = "Espaces verts";
    private static final String WOOD = "Atelier bois";

    @Parameter
    Backend backend;

    Org org;
    Org.Member samia;
    Org.Member marc;
    Org.Member julie;
    UUID amina;
    UUID bruno;
    UUID chloe;

    @BeforeEach
    void organisation() {
        org = Org.create(TestServers.shared(backend));
        samia = org.counsellor("Samia CIP");
        marc = workSupervisor("Marc Encadrant");
        julie = workSupervisor("Julie Encadrante");
        amina = person("Amina K.", GREEN);
        bruno = person("Bruno L.", WOOD);
        chloe = person("Chloé M.", null);
        assertThat(setTeams(marc.id(), "{\"teams\":[\"" + GREEN + "\"]}").status())
                .isEqualTo(200);
        assertThat(setTeams(julie.id(), "{\"teams\":[\"" + WOOD + "\"]}").status())
                .isEqualTo(200);
    }

    @Test
    void eachWorkSupervisorReadsThePeopleOfTheirTeamsWithOnlyTheWorkFields() {
        JsonNode marcs = org.pull(marc, 0);
        JsonNode julies = org.pull(julie, 0);

        assertThat(scope(marcs)).containsExactly(amina.toString());
        assertThat(scope(julies)).containsExactly(bruno.toString());
        assertThat(marcs.get("scope").get(0).get("signature").asText()).isEmpty();
        assertThat(kinds(marcs)).containsExactly("beneficiary");
        JsonNode record = marcs.at("/records/0/fields");
        assertThat(names(record)).isSubsetOf(RecordSchema.WORK_SUPERVISOR_FIELDS);
        assertThat(record.get("displayName").asText()).isEqualTo("Amina K.");
        assertThat(record.get("workTeam").asText()).isEqualTo(GREEN);
        assertThat(record.get("site").asText()).isEqualTo("Lyon 8e");
        assertThat(marcs.toString()).doesNotContain(bruno.toString()).doesNotContain(chloe.toString());
        JsonNode snapshot = org.api.get("/api/v1/sync/snapshot", marc.token()).json();
        assertThat(kinds(snapshot)).containsExactly("beneficiary");
        assertThat(names(snapshot.at("/records/0/fields"))).isSubsetOf(RecordSchema.WORK_SUPERVISOR_FIELDS);
        assertThat(org.api
                        .get("/api/v1/sync/snapshot?beneficiaryId=" + bruno, marc.token())
                        .status())
                .as("a person of another team")
                .isEqualTo(404);
    }

    @Test
    void nothingOfTheSupportAndNoSensitiveValueEverReachesAWorkSupervisor() throws Exception {
        Org.Member aminasPhone = org.beneficiaryUser(amina);
        UUID goal = UUID.randomUUID();
        UUID exit = UUID.randomUUID();
        UUID ownNote = UUID.randomUUID();
        org.push(
                samia,
                Changes.batch(
                        consent("HEALTH"),
                        consent("JUSTICE"),
                        consent("IDENTITY_CONTACT"),
                        consent("NOTES_SHARED_SUPERVISOR")));
        List<ObjectNode> everyKind = List.of(
                Changes.upsert(
                        "beneficiary",
                        amina,
                        amina,
                        1,
                        "eligibility",
                        List.of("RQTH", "SORTANT_DETENTION", "AAH"),
                        "contact",
                        "SECRET-contact",
                        "phone",
                        "0611223344",
                        "address",
                        "SECRET-adresse",
                        "educationLevel",
                        "LEVEL_3",
                        "referentCounsellorId",
                        samia.id().toString()),
                Changes.upsert(
                        "barrier",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "area",
                        "SANTE",
                        "status",
                        "BESOIN",
                        "note",
                        "SECRET-sante"),
                Changes.upsert(
                        "barrier",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "area",
                        "JUSTICE",
                        "status",
                        "BESOIN",
                        "note",
                        "SECRET-justice"),
                Changes.upsert(
                        "goal",
                        goal,
                        amina,
                        0,
                        "theme",
                        "SANTE",
                        "phrasing",
                        "SECRET-objectif",
                        "proposedBy",
                        "JOINT",
                        "status",
                        "EN_COURS",
                        "openedOn",
                        "2026-02-01"),
                Changes.upsert(
                        "goalStep",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "goalId",
                        goal.toString(),
                        "label",
                        "SECRET-etape",
                        "status",
                        "A_FAIRE"),
                Changes.upsert(
                        "training",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "goalId",
                        goal.toString(),
                        "title",
                        "SECRET-formation",
                        "trainingKind",
                        "IN_HOUSE",
                        "certification",
                        "NONE",
                        "status",
                        "EN_COURS"),
                Changes.upsert(
                        "checkIn",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "goalId",
                        goal.toString(),
                        "rater",
                        "COUNSELLOR",
                        "rating",
                        6,
                        "comment",
                        "SECRET-point",
                        "ratedAt",
                        "2026-03-01T10:00:00Z"),
                Changes.upsert(
                        "questionnaireResponse",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "questionnaireId",
                        "pouvoir-agir",
                        "questionnaireVersion",
                        1,
                        "answers",
                        Json.object().put("PA1", 2),
                        "answeredAt",
                        "2026-03-01T10:00:00Z"),
                Changes.upsert(
                        "interview",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "date",
                        "2026-03-01",
                        "place",
                        "STRUCTURE",
                        "notes",
                        "SECRET-entretien"),
                Changes.upsert(
                        "note",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "text",
                        "SECRET-note",
                        "writtenAt",
                        "2026-03-01T10:00:00Z",
                        "authorRole",
                        "COUNSELLOR"),
                Changes.upsert(
                        "exit",
                        exit,
                        amina,
                        0,
                        "exitDate",
                        "2026-11-30",
                        "category",
                        "EMPLOI_TRANSITION",
                        "detail",
                        "SECRET-sortie"),
                Changes.upsert(
                        "followUp",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "exitId",
                        exit.toString(),
                        "dueDate",
                        "2027-05-30",
                        "note",
                        "SECRET-suivi"));
        assertApplied(org.push(samia, Changes.batch(everyKind)));
        assertApplied(org.push(
                aminasPhone,
                Changes.batch(
                        Changes.upsert(
                                "note",
                                ownNote,
                                amina,
                                0,
                                "text",
                                "SECRET-mes-mots",
                                "writtenAt",
                                "2026-03-02T10:00:00Z",
                                "authorRole",
                                "BENEFICIARY"),
                        Changes.upsert(
                                "sharedWord",
                                UUID.randomUUID(),
                                amina,
                                0,
                                "recordId",
                                ownNote.toString(),
                                "sharedAt",
                                "2026-03-02T11:00:00Z"))));
        // a conflict about the person's record, from the counsellor's second phone
        Org.Member samiasTablet = org.member(samia.user());
        org.applied(samia, Changes.upsert("beneficiary", amina, amina, 2, "phone", "0699887766"));
        assertThat(Org.conflictOf(org.applied(
                        samiasTablet, Changes.upsert("beneficiary", amina, amina, 2, "phone", "0655443322"))))
                .isNotNull();
        UUID observation = UUID.randomUUID();
        org.applied(marc, observation(observation, amina));

        for (String raw : List.of(
                text(org.api.get("/api/v1/sync/pull?cursor=0&limit=1000", marc.token())),
                text(org.api.get("/api/v1/sync/snapshot?limit=1000", marc.token())),
                text(org.api.get("/api/v1/sync/snapshot?beneficiaryId=" + amina, marc.token())))) {
            assertThat(raw)
                    .doesNotContain("SECRET")
                    .doesNotContain("RQTH", "SORTANT_DETENTION", "AAH", "SANTE", "JUSTICE", "HEALTH")
                    .doesNotContain(
                            "0611223344",
                            "0699887766",
                            "0655443322",
                            "LEVEL_3",
                            samia.id().toString())
                    .contains(observation.toString());
            JsonNode page = Json.MAPPER.readTree(raw);
            assertThat(kinds(page)).containsOnly("beneficiary", "workObservation");
        }
        // the counsellor, for comparison, reads all of it
        String counsellors = text(org.api.get("/api/v1/sync/pull?cursor=0&limit=1000", samia.token()));
        assertThat(counsellors).contains("SECRET-sante", "SECRET-justice", "RQTH", "0655443322", "SECRET-mes-mots");
    }

    @Test
    void aPersonWhoLeavesTheTeamOrATeamTakenAwayIsForgotten() {
        org.applied(marc, observation(UUID.randomUUID(), amina));
        assertThat(scope(org.pull(marc, 0))).containsExactly(amina.toString());

        org.applied(samia, Changes.upsert("beneficiary", amina, amina, 1, "workTeam", WOOD));

        JsonNode marcs = org.pull(marc, 0);
        assertThat(scope(marcs)).as("moved to another team").isEmpty();
        assertThat(marcs.get("records")).isEmpty();
        assertThat(scope(org.pull(julie, 0))).containsExactlyInAnyOrder(amina.toString(), bruno.toString());
        assertThat(kinds(org.pull(julie, 0))).contains("workObservation");
        assertThat(org.push(marc, Changes.batch(observation(UUID.randomUUID(), amina)))
                        .at("/results/0/code")
                        .asInt())
                .as("no longer in reach")
                .isEqualTo(404);

        assertThat(setTeams(marc.id(), "{\"teams\":[\"" + WOOD + "\",\"" + GREEN + "\"]}")
                        .status())
                .isEqualTo(200);
        assertThat(scope(org.pull(marc, 0))).containsExactlyInAnyOrder(amina.toString(), bruno.toString());

        assertThat(setTeams(marc.id(), "{\"teams\":[]}").status()).isEqualTo(200);
        assertThat(scope(org.pull(marc, 0))).as("every team taken away").isEmpty();

        org.applied(samia, Changes.upsert("beneficiary", bruno, bruno, 1, "workTeam", null));
        assertThat(scope(org.pull(julie, 0))).as("team cleared").containsExactly(amina.toString());
        org.push(samia, Changes.batch(Changes.delete("beneficiary", amina, amina, 2)));
        assertThat(scope(org.pull(julie, 0))).as("record deleted").isEmpty();
    }

    @Test
    void anObservationIsTheWorkSupervisorsTheCounsellorReadsItAndThePersonAnswersIt() {
        Org.Member aminasPhone = org.beneficiaryUser(amina);
        UUID observation = UUID.randomUUID();
        JsonNode created = org.applied(marc, observation(observation, amina));
        assertThat(created.at("/results/0/status").asText()).isEqualTo("APPLIED");

        for (Org.Member reader : List.of(samia, aminasPhone, marc)) {
            JsonNode fields = fieldsOf(org.pull(reader, 0), observation);
            assertThat(fields.get("observedBy").asText())
                    .as("written by the server, whatever the phone said")
                    .isEqualTo("Marc Encadrant");
            assertThat(fields.get("workTeam").asText()).as("the person's team").isEqualTo(GREEN);
            assertThat(fields.get("rating").asInt()).isEqualTo(7);
        }

        JsonNode answered = org.push(
                aminasPhone,
                Changes.batch(Changes.upsert(
                        "workObservation",
                        observation,
                        amina,
                        1,
                        "answer",
                        "Merci, je veux apprendre la taille",
                        "answeredAt",
                        "2026-03-03T10:00:00Z")));
        assertThat(answered.at("/results/0/status").asText()).isEqualTo("APPLIED");
        assertThat(fieldsOf(org.pull(marc, 0), observation).get("answer").asText())
                .isEqualTo("Merci, je veux apprendre la taille");

        assertRefused(aminasPhone, Changes.upsert("workObservation", observation, amina, 2, "rating", 10), 403);
        assertRefused(marc, Changes.upsert("workObservation", observation, amina, 2, "answer", "Pas moi"), 403);
        assertRefused(samia, observation(UUID.randomUUID(), amina), 403);
        assertRefused(samia, Changes.upsert("workObservation", observation, amina, 2, "comment", "Non"), 403);
        assertRefused(aminasPhone, observation(UUID.randomUUID(), amina), 403);
        assertRefused(
                marc,
                Changes.upsert(
                        "note",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "text",
                        "x",
                        "writtenAt",
                        "2026-03-01T10:00:00Z",
                        "authorRole",
                        "COUNSELLOR"),
                403);
        assertRefused(
                marc,
                Changes.upsert(
                        "checkIn",
                        UUID.randomUUID(),
                        amina,
                        0,
                        "goalId",
                        UUID.randomUUID().toString(),
                        "rater",
                        "COUNSELLOR",
                        "rating",
                        5,
                        "ratedAt",
                        "2026-03-01T10:00:00Z"),
                403);
        assertRefused(marc, Changes.newGoal(UUID.randomUUID(), amina), 403);
        assertRefused(marc, Changes.upsert("beneficiary", amina, amina, 1, "site", "Ailleurs"), 403);
        assertRefused(marc, observation(UUID.randomUUID(), bruno), 404);
        assertRefused(marc, observation(UUID.randomUUID(), chloe), 404);

        // the observer edits their observation; their name stays the server's
        JsonNode edited = org.push(
                marc,
                Changes.batch(Changes.upsert(
                        "workObservation", observation, amina, 2, "comment", "Très régulier", "observedBy", "Autre")));
        assertThat(edited.at("/results/0/status").asText()).isEqualTo("APPLIED");
        JsonNode fields = fieldsOf(org.pull(samia, 0), observation);
        assertThat(fields.get("observedBy").asText()).isEqualTo("Marc Encadrant");
        assertThat(fields.get("comment").asText()).isEqualTo("Très régulier");
        assertThat(fields.get("answer").asText()).isEqualTo("Merci, je veux apprendre la taille");

        // two of the observer's devices disagree: the conflict is about an observation, so they read it
        Org.Member marcsTablet = org.member(marc.user());
        JsonNode disagreed = org.applied(
                marcsTablet, Changes.upsert("workObservation", observation, amina, 2, "comment", "Autre avis"));
        UUID conflict = Org.conflictOf(disagreed);
        JsonNode conflictFields = fieldsOf(org.pull(marc, 0), conflict);
        assertThat(conflictFields.get("recordKind").asText()).isEqualTo("workObservation");
        assertThat(fieldsOf(org.pull(aminasPhone, 0), conflict).get("field").asText())
                .isEqualTo("comment");

        // a dashboard supervisor still reads and writes no record
        Org.Member direction = org.supervisor("Direction");
        assertThat(org.pull(direction, 0).get("records")).isEmpty();
        assertThat(org.api
                        .post("/api/v1/sync/push", direction.token(), Changes.batch(observation(observation, amina)))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theRightOfAccessHoldsTheObservationsAndErasureRemovesThemAndThePersonFromTheTeam() throws Exception {
        Org.Member aminasPhone = org.beneficiaryUser(amina);
        UUID observation = UUID.randomUUID();
        org.applied(marc, observation(observation, amina));
        org.applied(
                aminasPhone,
                Changes.upsert(
                        "workObservation",
                        observation,
                        amina,
                        1,
                        "answer",
                        "Je suis d’accord",
                        "answeredAt",
                        "2026-03-03T10:00:00Z"));

        JsonNode file = org.api
                .get("/api/v1/admin/people/" + amina + "/record.json", org.admin.token())
                .json();
        List<String> kinds = new ArrayList<>();
        file.get("records").forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).contains("workObservation");
        Api.Response pdf = org.api.get("/api/v1/admin/people/" + amina + "/record.pdf", org.admin.token());
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Observations au travail (1)")
                    .contains("Observé par : Marc Encadrant")
                    .contains("Équipe de travail : " + GREEN)
                    .contains("PONCTUALITE")
                    .contains("Bon travail d")
                    .contains("Réponse de la personne : Je suis d");
        }
        assertThat(teamsInUse()).contains(GREEN + ": 1 people, 1 work supervisors");

        assertThat(org.api
                        .post("/api/v1/admin/people/" + amina + "/erase", org.admin.token(), "{\"reason\":\"REQUEST\"}")
                        .status())
                .isEqualTo(200);

        JsonNode marcs = org.pull(marc, 0);
        assertThat(scope(marcs)).isEmpty();
        assertThat(marcs.get("records")).isEmpty();
        assertThat(org.pull(samia, 0).toString()).doesNotContain(observation.toString());
        assertThat(teamsInUse()).contains(GREEN + ": 0 people, 1 work supervisors");
    }

    @Test
    void anAdminCreatesPairsAndGivesTeamsToAWorkSupervisorAndTheRoutesRefuseHostileInput() {
        Api.Response created = org.api.post(
                "/api/v1/admin/users",
                org.admin.token(),
                "{\"displayName\":\"Léo Encadrant\",\"role\":\"WORK_SUPERVISOR\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        UUID leo = UUID.fromString(created.json().get("id").asText());
        Api.Response code = org.api.post("/api/v1/pairing-codes", org.admin.token(), "{\"userId\":\"" + leo + "\"}");
        assertThat(code.status()).isEqualTo(201);
        JsonNode paired = Org.pair(org.api, code.json().get("code").asText(), "Téléphone de Léo");
        assertThat(paired.at("/user/role").asText()).isEqualTo("WORK_SUPERVISOR");
        String leosToken = paired.get("token").asText();

        Api.Response set = setTeams(leo, "{\"teams\":[\"" + WOOD + "\",\" " + GREEN + " \",\"" + WOOD + "\"]}");
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.json().get("teams").toString()).isEqualTo("[\"" + WOOD + "\",\"" + GREEN + "\"]");
        JsonNode pulled = org.api.get("/api/v1/sync/pull?cursor=0", leosToken).json();
        assertThat(scope(pulled)).containsExactlyInAnyOrder(amina.toString(), bruno.toString());
        Api.Response read = org.api.get("/api/v1/admin/users/" + leo + "/work-teams", org.admin.token());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("teams").toString()).isEqualTo("[\"" + WOOD + "\",\"" + GREEN + "\"]");
        assertError(
                org.api.get("/api/v1/admin/users/" + samia.id() + "/work-teams", org.admin.token()),
                422,
                "not_a_work_supervisor");
        assertError(
                org.api.get("/api/v1/admin/users/" + UUID.randomUUID() + "/work-teams", org.admin.token()),
                404,
                "not_found");
        assertThat(org.api
                        .get("/api/v1/admin/users/" + leo + "/work-teams", samia.token())
                        .status())
                .isEqualTo(403);
        // a team written with spaces around it on a phone is the same team
        org.applied(samia, Changes.upsert("beneficiary", chloe, chloe, 1, "workTeam", " " + WOOD + " "));
        assertThat(scope(org.api.get("/api/v1/sync/pull?cursor=0", leosToken).json()))
                .containsExactlyInAnyOrder(amina.toString(), bruno.toString(), chloe.toString());

        assertThat(teamsInUse())
                .containsExactly(WOOD + ": 2 people, 2 work supervisors", GREEN + ": 1 people, 2 work supervisors");

        Org other = Org.create(TestServers.shared(backend));
        Org.Member elsewhere = other.counsellor("Ailleurs");
        assertError(setTeams(UUID.randomUUID(), "{\"teams\":[]}"), 404, "not_found");
        assertError(setTeams(elsewhere.id(), "{\"teams\":[]}"), 404, "not_found");
        assertError(setTeams(samia.id(), "{\"teams\":[\"" + GREEN + "\"]}"), 422, "not_a_work_supervisor");
        assertError(setTeams(org.admin.id(), "{\"teams\":[]}"), 422, "not_a_work_supervisor");
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("\"Équipe " + i + "\"");
        }
        assertError(setTeams(leo, "{\"teams\":[" + String.join(",", many) + "]}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":[\"" + "x".repeat(121) + "\"]}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":[\"Atelier\\u0007bois\"]}"), 400, "invalid_text");
        assertError(setTeams(leo, "{\"teams\":[\"Atelier\\nbois\"]}"), 400, "invalid_text");
        assertError(setTeams(leo, "{\"teams\":[\"  \"]}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":\"" + WOOD + "\"}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":[1]}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":[null]}"), 400, "invalid_body");
        assertError(setTeams(leo, "{}"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":[],\"also\":1}"), 400, "invalid_body");
        assertError(setTeams(leo, "[]"), 400, "invalid_body");
        assertError(setTeams(leo, "{\"teams\":["), 400, "invalid_json");
        Api.Response badId = org.api.send(org.api
                .request("/api/v1/admin/users/nope/work-teams", org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"teams\":[]}")));
        assertError(badId, 400, "invalid_parameter");
        assertThat(setTeams(leo, "{\"teams\":[]}", samia).status()).isEqualTo(403);
        assertThat(setTeams(leo, "{\"teams\":[]}", marc).status()).isEqualTo(403);
        assertThat(org.api.get("/api/v1/admin/work-teams", samia.token()).status())
                .isEqualTo(403);
        assertThat(org.api.get("/api/v1/admin/work-teams", marc.token()).status())
                .isEqualTo(403);
        assertThat(scope(org.api.get("/api/v1/sync/pull?cursor=0", leosToken).json()))
                .as("refused changes changed nothing")
                .containsExactlyInAnyOrder(amina.toString(), bruno.toString(), chloe.toString());

        JsonNode audit = org.api
                .get("/api/v1/admin/audit?action=SET_WORK_TEAMS&limit=100", org.admin.token())
                .json();
        Set<String> audited = new HashSet<>();
        audit.get("lines").forEach(line -> audited.add(line.get("recordId").asText()));
        assertThat(audit.get("lines"))
                .as("marc, julie, leo: one line per accepted change")
                .hasSize(3);
        assertThat(audited)
                .containsExactlyInAnyOrder(marc.id().toString(), julie.id().toString(), leo.toString());
    }

    private Org.Member workSupervisor(String name) {
        return org.member(org.server.createUser(org.id, name, Role.WORK_SUPERVISOR, null));
    }

    private UUID person(String name, String team) {
        UUID id = UUID.randomUUID();
        ObjectNode change = Changes.upsert(
                "beneficiary",
                id,
                id,
                0,
                "displayName",
                name,
                "entryDate",
                "2026-01-05",
                "contractType",
                "CDDI",
                "site",
                "Lyon 8e");
        if (team != null) {
            ((ObjectNode) change.get("fields")).put("workTeam", team);
        }
        org.applied(samia, change);
        return id;
    }

    private ObjectNode consent(String category) {
        return Changes.upsert(
                "consent",
                UUID.randomUUID(),
                amina,
                0,
                "category",
                category,
                "granted",
                true,
                "recordedAt",
                "2026-01-05T09:00:00Z",
                "recordedBy",
                "Samia CIP");
    }

    private static ObjectNode observation(UUID id, UUID person) {
        return Changes.upsert(
                "workObservation",
                id,
                person,
                0,
                "observedOn",
                "2026-03-02",
                "skills",
                List.of("PONCTUALITE", "CONSIGNES"),
                "rating",
                7,
                "comment",
                "Bon travail d’équipe",
                "observedBy",
                "Quelqu’un d’autre");
    }

    private Api.Response setTeams(UUID userId, String body) {
        return setTeams(userId, body, org.admin);
    }

    private Api.Response setTeams(UUID userId, String body, Org.Member who) {
        return org.api.send(org.api
                .request("/api/v1/admin/users/" + userId + "/work-teams", who.token())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The teams in use, in the answer's order, each as "team: n people, m work supervisors". */
    private List<String> teamsInUse() {
        Api.Response response = org.api.get("/api/v1/admin/work-teams", org.admin.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<String> teams = new ArrayList<>();
        response.json()
                .get("teams")
                .forEach(t -> teams.add(
                        t.get("team").asText() + ": " + t.get("people").asInt() + " people, "
                                + t.get("workSupervisors").asInt() + " work supervisors"));
        return teams;
    }

    private void assertRefused(Org.Member who, ObjectNode change, int code) {
        JsonNode result = org.push(who, Changes.batch(change)).at("/results/0");
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("REJECTED");
        assertThat(result.get("code").asInt()).as(result.toString()).isEqualTo(code);
        if (code == 403) {
            assertThat(result.get("error").asText()).isEqualTo("forbidden_write");
        }
    }

    private static void assertError(Api.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("error").asText())
                .as(response.toString())
                .isEqualTo(error);
    }

    private static void assertApplied(JsonNode pushed) {
        pushed.get("results")
                .forEach(r ->
                        assertThat(r.get("status").asText()).as(r.toString()).isEqualTo("APPLIED"));
    }

    private static String text(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static List<String> scope(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("scope").forEach(e -> ids.add(e.get("beneficiaryId").asText()));
        return ids;
    }

    private static Set<String> kinds(JsonNode page) {
        Set<String> kinds = new HashSet<>();
        page.get("records").forEach(r -> kinds.add(r.get("kind").asText()));
        return kinds;
    }

    private static Set<String> names(JsonNode fields) {
        Set<String> names = new HashSet<>();
        fields.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode fieldsOf(JsonNode page, UUID recordId) {
        for (JsonNode record : page.get("records")) {
            if (record.get("id").asText().equals(recordId.toString())) {
                return record.get("fields");
            }
        }
        throw new AssertionError("Not pulled: " + recordId + " in " + page);
    }
}
