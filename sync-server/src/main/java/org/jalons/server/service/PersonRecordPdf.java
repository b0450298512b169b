package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.summary.SummaryPdf;

/**
 * The readable side of the right of access: in French, one section per kind of record, each record with every
 * field it holds, labelled in words; ids of other records are left out (they mean nothing on paper).
 */
final class PersonRecordPdf {

    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private static final Map<RecordSchema, String> SECTIONS = Map.ofEntries(
            Map.entry(RecordSchema.BENEFICIARY, "La personne"),
            Map.entry(RecordSchema.CONSENT, "Accords donnés ou retirés"),
            Map.entry(RecordSchema.BARRIER, "Freins"),
            Map.entry(RecordSchema.GOAL, "Objectifs"),
            Map.entry(RecordSchema.GOAL_STEP, "Étapes des objectifs"),
            Map.entry(RecordSchema.TRAINING, "Formations"),
            Map.entry(RecordSchema.CHECK_IN, "Points de confiance"),
            Map.entry(RecordSchema.QUESTIONNAIRE_RESPONSE, "Questionnaires"),
            Map.entry(RecordSchema.INTERVIEW, "Entretiens"),
            Map.entry(RecordSchema.NOTE, "Notes"),
            Map.entry(RecordSchema.SHARED_WORD, "Mots partagés avec la structure"),
            Map.entry(RecordSchema.WORK_OBSERVATION, "Observations au travail"),
            Map.entry(RecordSchema.EXIT, "Sortie"),
            Map.entry(RecordSchema.FOLLOW_UP, "Suivis après la sortie"));

    /** Fields whose name ends in {@code Id} but that name no other record: printed like any field. */
    private static final java.util.Set<String> NOT_RECORD_IDS = java.util.Set.of("questionnaireId");

    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("displayName", "Nom"),
            Map.entry("contact", "Contact"),
            Map.entry("phone", "Téléphone"),
            Map.entry("address", "Adresse"),
            Map.entry("entryDate", "Entrée"),
            Map.entry("site", "Site"),
            Map.entry("eligibility", "Éligibilité"),
            Map.entry("contractType", "Contrat"),
            Map.entry("endDate", "Fin"),
            Map.entry("educationLevel", "Niveau d’études"),
            Map.entry("category", "Catégorie"),
            Map.entry("granted", "Accordé"),
            Map.entry("recordedAt", "Le"),
            Map.entry("recordedBy", "Noté par"),
            Map.entry("declaredBy", "Déclarée par"),
            Map.entry("area", "Domaine"),
            Map.entry("status", "État"),
            Map.entry("theme", "Thème"),
            Map.entry("phrasing", "Formulation"),
            Map.entry("proposedBy", "Proposé par"),
            Map.entry("targetDate", "Échéance"),
            Map.entry("openedOn", "Ouvert le"),
            Map.entry("closedOn", "Fermé le"),
            Map.entry("proposedStatus", "État proposé par la personne"),
            Map.entry("proposedAt", "Proposé le"),
            Map.entry("label", "Intitulé"),
            Map.entry("dueDate", "Prévu le"),
            Map.entry("doneDate", "Fait le"),
            Map.entry("title", "Intitulé"),
            Map.entry("provider", "Organisme"),
            Map.entry("startDate", "Début"),
            Map.entry("plannedHours", "Heures prévues"),
            Map.entry("doneHours", "Heures faites"),
            Map.entry("certification", "Certification"),
            Map.entry("trainingKind", "Type de formation"),
            Map.entry("rncpLevel", "Niveau RNCP"),
            Map.entry("rater", "Par"),
            Map.entry("rating", "Note sur 10"),
            Map.entry("ratedAt", "Le"),
            Map.entry("comment", "Commentaire"),
            Map.entry("gapAnswer", "Ce qui nous fait voir les choses différemment"),
            Map.entry("questionnaireId", "Questionnaire"),
            Map.entry("questionnaireVersion", "Version du questionnaire (les réponses se comparent dans une version)"),
            Map.entry("answers", "Réponses"),
            Map.entry("answeredAt", "Le"),
            Map.entry("date", "Date"),
            Map.entry("place", "Lieu"),
            Map.entry("participants", "Présents"),
            Map.entry("notes", "Notes"),
            Map.entry("decisions", "Décisions"),
            Map.entry("nextAppointment", "Prochain rendez-vous"),
            Map.entry("text", "Texte"),
            Map.entry("writtenAt", "Écrit le"),
            Map.entry("authorRole", "Écrit par"),
            Map.entry("amends", "Corrige l’original"),
            Map.entry("amendedAt", "Corrigé le"),
            Map.entry("amendedBy", "Corrigé par"),
            Map.entry("exitDate", "Date de sortie"),
            Map.entry("detail", "Précision"),
            Map.entry("followUpDue", "Suivi prévu le"),
            Map.entry("situation", "Situation"),
            Map.entry("note", "Note"),
            Map.entry("recordId", "Mots partagés (note ou commentaire)"),
            Map.entry("sharedAt", "Partagés le"),
            Map.entry("rereadAt", "Relus ensemble le"),
            Map.entry("withdrawnAt", "Retirés le"),
            Map.entry("workTeam", "Équipe de travail"),
            Map.entry("observedOn", "Observé le"),
            Map.entry("skills", "Savoir-être et savoir-faire observés"),
            Map.entry("observedBy", "Observé par"),
            Map.entry("answer", "Réponse de la personne"));

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    private PersonRecordPdf() {}

    static byte[] of(PersonRecord.Content content) {
        PersonRecordPdf pdf = new PersonRecordPdf();
        try (pdf.doc) {
            pdf.write(content);
            pdf.page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(PersonRecord.Content content) throws IOException {
        newPage();
        StoredRecord person = content.records().get(RecordSchema.BENEFICIARY).get(0);
        JsonNode name = person.fields().get("displayName");
        paragraph(bold, 16, "Dossier de " + (name == null ? "la personne" : name.asText()));
        paragraph(
                regular,
                9,
                "Tout ce que la structure garde sur cette personne dans Jalons, le " + content.exportedAt()
                        + ", à la demande de " + content.requestedBy()
                        + " (droit d’accès, article 15 du RGPD). Le fichier JSON qui l’accompagne contient les mêmes"
                        + " données ; l’application Jalons de la personne sait le lire.");
        for (Map.Entry<RecordSchema, List<StoredRecord>> section :
                content.records().entrySet()) {
            if (section.getValue().isEmpty()) {
                continue;
            }
            y -= 8;
            paragraph(
                    bold,
                    12,
                    SECTIONS.get(section.getKey()) + " (" + section.getValue().size() + ")");
            for (StoredRecord record : section.getValue()) {
                y -= 3;
                for (String line : lines(record.fields())) {
                    paragraph(regular, 9.5f, line);
                }
            }
        }
    }

    /** "Label : value" for each field, ids of other records left out, lists and objects written out. */
    private static List<String> lines(JsonNode fields) {
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            if (isRecordId(field.getKey()) || field.getValue().isNull()) {
                continue;
            }
            JsonNode value = field.getValue();
            String text = value.isValueNode() ? value.asText() : value.toString();
            lines.add(LABELS.getOrDefault(field.getKey(), field.getKey()) + " : " + text);
        }
        return lines;
    }

    /** A field that holds the id of another record (left out: it means nothing on paper). */
    static boolean isRecordId(String field) {
        return field.endsWith("Id") && !NOT_RECORD_IDS.contains(field);
    }

    private void paragraph(PDType1Font font, float size, String text) throws IOException {
        StringBuilder line = new StringBuilder();
        for (String part : SummaryPdf.clean(text.replace('\n', ' ')).split(" ", -1)) {
            String next = line.length() == 0 ? part : line + " " + part;
            if (font.getStringWidth(next) / 1000 * size > WIDTH && line.length() > 0) {
                show(font, size, line.toString());
                line = new StringBuilder(part);
            } else {
                line = new StringBuilder(next);
            }
        }
        show(font, size, line.toString());
    }

    private void show(PDType1Font font, float size, String line) throws IOException {
        if (y - size - 4 < MARGIN) {
            newPage();
        }
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(MARGIN, y - size);
        page.showText(line);
        page.endText();
        y -= size + 4;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(PDRectangle.A4);
        doc.addPage(p);
        page = new PDPageContentStream(doc, p);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
