package org.jalons.server.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.server.model.Json;
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
 * The right of access from the server: an admin gets everything the organisation holds about a person, as the
 * app's "jalons-parcours" file and as a readable PDF, what consents keep from counsellors included; audited.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class RightOfAccessTest {

    @Parameter
    Backend backend;

    @Test
    void anAdminGetsThePersonsWholeRecordAsTheAppsFileAndAsAReadablePdf() throws IOException {
        Org org = Org.create(TestServers.shared(backend));
        Org.Member counsellor = org.counsellor("Samia CIP");
        People people = new People(org, counsellor);
        UUID lea = people.person("Nord", "2026-01-05");
        UUID goal = people.goal(lea, "MOBILITE", "EN_COURS", "2026-01-10", null);
        people.checkIn(lea, goal, "BENEFICIARY", 6, "2026-01-11T10:00:00Z", "J’avance à mon rythme");
        people.interview(lea, "2026-01-20");
        people.consent(lea, "HEALTH", true, "2026-01-05T10:00:00Z");
        UUID barrier = people.barrier(lea, "SANTE", "BESOIN");
        people.push();
        people.add(Changes.delete("barrier", barrier, lea, 1)); // deleted: not held any more
        people.push();
        UUID tom = people.person("Nord", "2026-01-05");
        people.push();

        Api.Response file = org.api.get("/api/v1/admin/people/" + lea + "/record.json", org.admin.token());
        assertThat(file.status()).as(file.toString()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
                .doesNotContain("P ") // never the person's name in the file name
                .contains("dossier-personne.json");
        JsonNode json = Json.MAPPER.readTree(file.body());
        assertThat(json.get("format").asText()).isEqualTo("jalons-parcours");
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("beneficiaryId").asText()).isEqualTo(lea.toString());
        assertThat(json.get("organisationId").asText()).isEqualTo(org.id.toString());
        List<String> kinds = new ArrayList<>();
        json.get("records").forEach(r -> {
            kinds.add(r.get("kind").asText());
            assertThat(r.get("beneficiaryId").asText()).isEqualTo(lea.toString());
        });
        assertThat(kinds).containsExactly("beneficiary", "consent", "goal", "checkIn", "interview");
        assertThat(json.toString()).contains("J’avance à mon rythme").doesNotContain(tom.toString());

        Api.Response pdf = org.api.get("/api/v1/admin/people/" + lea + "/record.pdf", org.admin.token());
        assertThat(pdf.status()).isEqualTo(200);
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Dossier de P " + lea.toString().substring(0, 4))
                    .contains("Objectifs (1)", "Points de confiance (1)", "Entretiens (1)")
                    .contains("J'avance à mon rythme")
                    .contains("Nadia Admin")
                    .doesNotContain("Freins");
        }

        JsonNode audit = org.api
                .get("/api/v1/admin/audit?action=EXPORT_PERSON_RECORD", org.admin.token())
                .json();
        assertThat(audit.get("lines")).hasSize(2);
        assertThat(audit.at("/lines/0/personId").asText()).isEqualTo(lea.toString());
    }

    @Test
    void onlyAnAdminOfThePersonsOrganisationGetsIt() {
        Org org = Org.create(TestServers.shared(backend));
        Org other = Org.create(TestServers.shared(backend));
        Org.Member counsellor = org.counsellor("Samia CIP");
        Org.Member supervisor = org.supervisor("Direction");
        UUID lea = org.newBeneficiary(counsellor);
        for (String format : List.of("json", "pdf")) {
            String path = "/api/v1/admin/people/" + lea + "/record." + format;
            assertThat(org.api.get(path, counsellor.token()).status()).isEqualTo(403);
            assertThat(org.api.get(path, supervisor.token()).status()).isEqualTo(403);
            assertThat(other.api.get(path, other.admin.token()).status()).isEqualTo(404);
            assertThat(org.api.get(path, null).status()).isEqualTo(401);
            assertThat(org.api
                            .get("/api/v1/admin/people/" + UUID.randomUUID() + "/record." + format, org.admin.token())
                            .status())
                    .isEqualTo(404);
            assertThat(org.api
                            .get("/api/v1/admin/people/x/record." + format, org.admin.token())
                            .status())
                    .isEqualTo(400);
        }
        assertThat(org.api
                        .get("/api/v1/admin/people/" + lea + "/record.xml", org.admin.token())
                        .status())
                .isEqualTo(404);
    }
}
