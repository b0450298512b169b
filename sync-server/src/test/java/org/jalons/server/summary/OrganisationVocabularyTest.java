package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jalons.server.summary.SummaryTest.cellText;
import static org.jalons.server.summary.SummaryTest.figure;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.server.model.Json;
import org.jalons.server.model.Role;
import org.jalons.server.support.Api;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The organisation's own goal themes and sites: free texts found in the records are adopted, renamed and merged, and
 * the statistics count them under one stable code, on both databases; records keep their words.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class OrganisationVocabularyTest {

    private static final String YEAR = "period=year&from=2026-01-01";

    @Parameter
    Backend backend;

    Org org;
    Org.Member samia;
    Org.Member supervisor;
    People people;

    @BeforeEach
    void setUp() {
        org = Org.create(TestServers.shared(backend));
        samia = org.counsellor("Samia CIP");
        supervisor = org.supervisor("Direction");
        people = new People(org, samia);
    }

    @Test
    void adoptedRenamedAndMergedFreeTextsAreCountedUnderOneCode() {
        goals(6, "custom:Permis de conduire");
        goals(5, "custom:permis B");
        goals(5, "custom:Code de la route");
        people.push();
        assertThat(cellText(summary(YEAR), "goals", "OTHER_CUSTOM", "opened")).isEqualTo(figure(16, 6));
        JsonNode seen = list().get("seen");
        assertThat(seen(seen, "GOAL_THEME", "permis B").get("records").asLong()).isEqualTo(5);
        assertThat(seen(seen, "GOAL_THEME", "permis B").get("countedAs").isNull())
                .isTrue();

        // adopt: a term of the same label as the free text
        Api.Response added =
                post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Permis de conduire"));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        String code = added.json().get("code").asText();
        assertThat(cellText(summary(YEAR), "goals", code, "opened")).isEqualTo(figure(6, 6));

        // rename: the old words still count, the new label too
        Api.Response renamed = put("/api/v1/admin/vocabulary/" + code, Map.of("label", "Passer le permis"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        goals(1, "custom:Passer le permis");
        people.push();
        assertThat(cellText(summary(YEAR), "goals", code, "opened")).isEqualTo(figure(7, 7));

        // merge a free text into it
        Api.Response text = post("/api/v1/admin/vocabulary/" + code + "/texts", Map.of("text", "permis B"));
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(cellText(summary(YEAR), "goals", code, "opened")).isEqualTo(figure(12, 12));

        // merge another term into it
        String other = post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Code de la route"))
                .json()
                .get("code")
                .asText();
        assertThat(cellText(summary(YEAR), "goals", other, "opened")).isEqualTo(figure(5, 5));
        Api.Response merged = post("/api/v1/admin/vocabulary/" + other + "/merge", Map.of("into", code));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        JsonNode after = summary(YEAR);
        assertThat(cellText(after, "goals", code, "opened")).isEqualTo(figure(17, 17));
        assertThat(rowKeys(after, "goals")).doesNotContain(other).contains(code);
        assertThat(org.api
                        .get("/api/v1/summary?" + YEAR + "&theme=" + other, supervisor.token())
                        .status())
                .as("a merged code is no longer a theme of the statistics")
                .isEqualTo(400);
        assertThat(cellText(summary(YEAR + "&theme=" + code), "goals", code, "opened"))
                .isEqualTo(figure(17, 17));
        // a goal written later with the merged term's label counts under the code it went to
        goals(1, "custom:Code de la route");
        people.push();
        assertThat(cellText(summary(YEAR), "goals", code, "opened")).isEqualTo(figure(18, 18));
        assertThat(seen(list().get("seen"), "GOAL_THEME", "permis B")
                        .get("countedAs")
                        .asText())
                .isEqualTo(code);

        // every change audited
        for (String action :
                List.of("VOCABULARY_ADD", "VOCABULARY_RENAME", "VOCABULARY_ADOPT_TEXT", "VOCABULARY_MERGE")) {
            JsonNode lines = org.api
                    .get("/api/v1/admin/audit?action=" + action, org.admin.token())
                    .json()
                    .get("lines");
            assertThat(lines.size()).as(action).isGreaterThan(0);
        }
    }

    @Test
    void aRenamedOrMergedSiteTakesItsPeoplesFiguresWithIt() {
        sited(6, "Roubaix");
        sited(5, "Roubaix Centre");
        people.push();
        assertThat(cellText(summary(YEAR + site("Roubaix")), "goals", "MOBILITE", "opened"))
                .isEqualTo(figure(6, 6));

        // adopted, then renamed: the people written "Roubaix" are counted under the new name
        String code = post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "Roubaix"))
                .json()
                .get("code")
                .asText();
        Api.Response renamed = put("/api/v1/admin/vocabulary/" + code, Map.of("label", "Roubaix Épinette"));
        assertThat(renamed.status()).as(renamed.toString()).isEqualTo(200);
        assertThat(cellText(summary(YEAR + site("Roubaix Épinette")), "goals", "MOBILITE", "opened"))
                .isEqualTo(figure(6, 6));
        assertThat(org.api
                        .get("/api/v1/summary?" + YEAR + site("Roubaix"), supervisor.token())
                        .status())
                .as("nobody is counted under the old name any more")
                .isEqualTo(400);

        // a free text merged in: its people join the site's figures
        Api.Response text = post("/api/v1/admin/vocabulary/" + code + "/texts", Map.of("text", "Roubaix Centre"));
        assertThat(text.status()).as(text.toString()).isEqualTo(200);
        assertThat(cellText(summary(YEAR + site("Roubaix Épinette")), "goals", "MOBILITE", "opened"))
                .isEqualTo(figure(11, 11));

        // a person written later with the old name counts under the new one; the record keeps its words
        UUID late = sited(1, "Roubaix");
        people.push();
        assertThat(cellText(summary(YEAR + site("Roubaix Épinette")), "goals", "MOBILITE", "opened"))
                .isEqualTo(figure(12, 12));
        assertThat(org.api.get("/api/v1/admin/people", org.admin.token()).json().get("people").findValues("id").stream()
                        .anyMatch(id -> id.asText().equals(late.toString())))
                .isTrue();
        assertThat(org.api
                        .get("/api/v1/admin/people", org.admin.token())
                        .json()
                        .get("people")
                        .findValuesAsText("site"))
                .contains("Roubaix", "Roubaix Centre")
                .doesNotContain("Roubaix Épinette");
    }

    @Test
    void everyDeviceReadsTheTermsButNotTheFreeTextsMergedIn() throws Exception {
        UUID person = people.person("Nord", "2026-01-05");
        people.goal(person, "custom:permis moto", "EN_COURS", "2026-01-10", null);
        people.push();
        Org.Member personsPhone = org.beneficiaryUser(person);
        String site = post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "Nord"))
                .json()
                .get("code")
                .asText();
        String theme = post(
                        "/api/v1/admin/vocabulary",
                        Map.of("kind", "GOAL_THEME", "label", "Permis", "easyLabel", "Le permis"))
                .json()
                .get("code")
                .asText();
        put("/api/v1/admin/vocabulary/" + theme, Map.of("label", "Permis de conduire", "easyLabel", "Le permis"));
        post("/api/v1/admin/vocabulary/" + theme + "/texts", Map.of("text", "permis moto"));
        String retired = post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "Ancien site"))
                .json()
                .get("code")
                .asText();
        assertThat(post("/api/v1/admin/vocabulary/" + retired + "/retire", Map.of())
                        .status())
                .isEqualTo(200);

        for (Org.Member device : List.of(personsPhone, samia, supervisor, org.admin)) {
            Api.Response answer = org.api.get("/api/v1/me/vocabulary", device.token());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode terms = answer.json().get("terms");
            JsonNode permis = term(terms, theme);
            assertThat(permis.get("label").asText()).isEqualTo("Permis de conduire");
            assertThat(permis.get("easyLabel").asText()).isEqualTo("Le permis");
            assertThat(permis.get("active").asBoolean()).isTrue();
            assertThat(texts(permis.get("labels"))).containsExactlyInAnyOrder("Permis", "Permis de conduire");
            assertThat(answer.json().toString())
                    .as("words about people stay on the server")
                    .doesNotContain("moto");
            assertThat(term(terms, site).get("kind").asText()).isEqualTo("SITE");
            assertThat(term(terms, retired).get("active").asBoolean()).isFalse();
            org.jalons.protocol.Wire.OrgVocabulary read =
                    Json.MAPPER.treeToValue(answer.json(), org.jalons.protocol.Wire.OrgVocabulary.class);
            assertThat(read.terms()).as("what a phone reads").hasSize(terms.size());
        }
        assertThat(seen(list().get("seen"), "SITE", "Nord").get("countedAs").asText())
                .isEqualTo(site);
    }

    @Test
    void skillsAtWorkAndPartnerKindsAreTermsPhonesReadThatCountNoFigureAndNoOtherKindsText() {
        goals(6, "custom:Soudure");
        people.push();
        String skill = post("/api/v1/admin/vocabulary", Map.of("kind", "WORK_SKILL", "label", "Soudure"))
                .json()
                .get("code")
                .asText();
        Api.Response partnerKind = post(
                "/api/v1/admin/vocabulary",
                Map.of("kind", "PARTNER_KIND", "label", "Épicerie solidaire", "easyLabel", "L’épicerie"));
        assertThat(partnerKind.status()).as(partnerKind.toString()).isEqualTo(201);
        String kind = partnerKind.json().get("code").asText();
        assertThat(post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Soudure"))
                        .status())
                .as("a skill and a goal theme of the same words are two terms")
                .isEqualTo(201);
        assertRefused(
                post("/api/v1/admin/vocabulary", Map.of("kind", "WORK_SKILL", "label", "Soudure")), 409, "label_taken");

        JsonNode after = summary(YEAR);
        assertThat(rowKeys(after, "goals")).as("only goal themes are rows").doesNotContain(skill, kind);
        assertThat(seen(list().get("seen"), "GOAL_THEME", "Soudure")
                        .get("countedAs")
                        .asText())
                .as("the goals' words count under the goal theme, not the skill")
                .isNotEqualTo(skill);

        Org.Member workSupervisor =
                org.member(org.server.createUser(org.id, "Encadrant atelier", Role.WORK_SUPERVISOR, null));
        for (Org.Member device : List.of(workSupervisor, samia)) {
            Api.Response answer = org.api.get("/api/v1/me/vocabulary", device.token());
            assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
            JsonNode terms = answer.json().get("terms");
            assertThat(term(terms, skill).get("kind").asText()).isEqualTo("WORK_SKILL");
            assertThat(term(terms, skill).get("label").asText()).isEqualTo("Soudure");
            assertThat(term(terms, kind).get("kind").asText()).isEqualTo("PARTNER_KIND");
            assertThat(term(terms, kind).get("easyLabel").asText()).isEqualTo("L’épicerie");
        }
        assertThat(post("/api/v1/admin/vocabulary/" + skill + "/retire", Map.of())
                        .status())
                .isEqualTo(200);
        assertThat(term(
                                org.api
                                        .get("/api/v1/me/vocabulary", workSupervisor.token())
                                        .json()
                                        .get("terms"),
                                skill)
                        .get("active")
                        .asBoolean())
                .as("retired: still read, no longer proposed")
                .isFalse();
    }

    @Test
    void hostileOrForbiddenChangesAreRefusedWithStableCodes() {
        String code = post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Permis"))
                .json()
                .get("code")
                .asText();
        String other = post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Logement social"))
                .json()
                .get("code")
                .asText();
        String site = post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "Nord"))
                .json()
                .get("code")
                .asText();

        assertRefused(post("/api/v1/admin/vocabulary", Map.of("kind", "BARRIER", "label", "x")), 400, "invalid_body");
        assertRefused(
                post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "a\u0007b")), 400, "invalid_text");
        assertRefused(
                post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "x".repeat(121))),
                400,
                "invalid_body");
        assertRefused(post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "  ")), 400, "invalid_body");
        assertRefused(
                post("/api/v1/admin/vocabulary", Map.of("kind", "SITE", "label", "Sud", "colour", "red")),
                400,
                "invalid_body");
        assertRefused(
                post("/api/v1/admin/vocabulary", Map.of("kind", "GOAL_THEME", "label", "Permis")), 409, "label_taken");
        assertRefused(put("/api/v1/admin/vocabulary/" + other, Map.of("label", "Permis")), 409, "label_taken");
        assertThat(put("/api/v1/admin/vocabulary/ORG_NOPE2345", Map.of("label", "x"))
                        .status())
                .isEqualTo(404);
        assertRefused(put("/api/v1/admin/vocabulary/bad%20code", Map.of("label", "x")), 400, "invalid_parameter");
        assertRefused(post("/api/v1/admin/vocabulary/" + code + "/merge", Map.of("into", code)), 400, "invalid_body");
        assertRefused(post("/api/v1/admin/vocabulary/" + code + "/merge", Map.of("into", site)), 400, "invalid_body");
        assertThat(post("/api/v1/admin/vocabulary/" + code + "/merge", Map.of("into", other))
                        .status())
                .isEqualTo(200);
        assertRefused(put("/api/v1/admin/vocabulary/" + code, Map.of("label", "Autre")), 409, "term_merged");
        assertRefused(post("/api/v1/admin/vocabulary/" + other + "/merge", Map.of("into", code)), 409, "term_merged");

        for (Org.Member notAdmin : List.of(samia, supervisor)) {
            assertThat(org.api.get("/api/v1/admin/vocabulary", notAdmin.token()).status())
                    .isEqualTo(403);
            assertThat(org.api
                            .post(
                                    "/api/v1/admin/vocabulary",
                                    notAdmin.token(),
                                    Json.MAPPER.valueToTree(Map.of("kind", "SITE", "label", "Est")))
                            .status())
                    .isEqualTo(403);
        }
        Org elsewhere = Org.create(TestServers.shared(backend));
        assertThat(elsewhere
                        .api
                        .post(
                                "/api/v1/admin/vocabulary/" + other + "/retire",
                                elsewhere.admin.token(),
                                Json.MAPPER.valueToTree(Map.of()))
                        .status())
                .as("another organisation's code is unknown")
                .isEqualTo(404);
        assertThat(elsewhere
                        .api
                        .get("/api/v1/me/vocabulary", elsewhere.admin.token())
                        .json()
                        .get("terms")
                        .size())
                .isZero();
    }

    private void goals(int persons, String theme) {
        for (int i = 0; i < persons; i++) {
            people.goal(people.person("Nord", "2026-01-05"), theme, "EN_COURS", "2026-01-10", null);
        }
    }

    /** {@code persons} people at {@code site}, each with a goal; the last one's id. */
    private UUID sited(int persons, String site) {
        UUID last = null;
        for (int i = 0; i < persons; i++) {
            last = people.person(site, "2026-01-05");
            people.goal(last, "MOBILITE", "EN_COURS", "2026-01-10", null);
        }
        return last;
    }

    private static String site(String name) {
        return "&site=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8);
    }

    private JsonNode summary(String query) {
        Api.Response response = org.api.get("/api/v1/summary?" + query, supervisor.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private JsonNode list() {
        Api.Response response = org.api.get("/api/v1/admin/vocabulary", org.admin.token());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private Api.Response post(String path, Map<String, ?> body) {
        return org.api.post(path, org.admin.token(), Json.MAPPER.valueToTree(body));
    }

    private Api.Response put(String path, Map<String, ?> body) {
        return org.api.send(org.api
                .request(path, org.admin.token())
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(
                        Json.MAPPER.valueToTree(body).toString())));
    }

    private static void assertRefused(Api.Response response, int status, String error) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.json().get("error").asText()).isEqualTo(error);
    }

    private static JsonNode seen(JsonNode seen, String kind, String text) {
        for (JsonNode s : seen) {
            if (s.get("kind").asText().equals(kind) && s.get("text").asText().equals(text)) {
                return s;
            }
        }
        throw new AssertionError(kind + " " + text + " not seen in " + seen);
    }

    private static JsonNode term(JsonNode terms, String code) {
        for (JsonNode t : terms) {
            if (t.get("code").asText().equals(code)) {
                return t;
            }
        }
        throw new AssertionError(code + " not in " + terms);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<String> rowKeys(JsonNode summary, String table) {
        List<String> keys = new ArrayList<>();
        for (JsonNode t : summary.get("tables")) {
            if (t.get("name").asText().equals(table)) {
                t.get("rows").forEach(r -> keys.add(r.get("key").asText()));
            }
        }
        return keys;
    }
}
