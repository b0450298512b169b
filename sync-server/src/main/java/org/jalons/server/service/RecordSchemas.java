package org.jalons.server.service;

import static org.jalons.server.service.FieldType.answers;
import static org.jalons.server.service.FieldType.anyJson;
import static org.jalons.server.service.FieldType.bool;
import static org.jalons.server.service.FieldType.closedCode;
import static org.jalons.server.service.FieldType.code;
import static org.jalons.server.service.FieldType.codeList;
import static org.jalons.server.service.FieldType.date;
import static org.jalons.server.service.FieldType.instant;
import static org.jalons.server.service.FieldType.integer;
import static org.jalons.server.service.FieldType.longText;
import static org.jalons.server.service.FieldType.number;
import static org.jalons.server.service.FieldType.text;
import static org.jalons.server.service.FieldType.uuid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The table "Record kinds and fields" of PROTOCOL.md, as data. */
final class RecordSchemas {

    static final String CONFLICT = "conflict";
    static final Set<String> EXIT_CATEGORIES =
            Set.of("EMPLOI_DURABLE", "EMPLOI_TRANSITION", "SORTIE_POSITIVE", "AUTRE_SORTIE", "RETRAIT");

    private static final Map<String, KindSchema> KINDS = new LinkedHashMap<>();

    static {
        mutable(
                "beneficiary",
                Set.of("displayName", "entryDate"),
                fields(
                        "displayName",
                        text(120),
                        "contact",
                        longText(500),
                        "entryDate",
                        date(),
                        "contractType",
                        code(Set.of("CDDI", "MISSION_INTERIM", "CONTRAT_PARCOURS", "OTHER")),
                        "referentCounsellorId",
                        uuid(),
                        "eligibility",
                        codeList(Set.of(
                                "RSA",
                                "DELD",
                                "DETLD",
                                "ASS",
                                "AAH",
                                "JEUNE_SANS_QUALIFICATION",
                                "RESIDENT_QPV_ZRR",
                                "SENIOR",
                                "RQTH",
                                "SORTANT_DETENTION",
                                "REFUGIE_BPI",
                                "OTHER")),
                        "educationLevel",
                        closedCode(Set.of("INFRA_3", "LEVEL_3", "LEVEL_4", "LEVEL_5", "LEVEL_6", "LEVEL_7", "LEVEL_8")),
                        "site",
                        text(120)));
        mutable(
                "barrier",
                Set.of("area", "status"),
                fields(
                        "area",
                                code(Set.of(
                                        "MOBILITE",
                                        "LOGEMENT",
                                        "SANTE",
                                        "FRANCAIS",
                                        "NUMERIQUE",
                                        "ADMINISTRATIF",
                                        "FINANCES",
                                        "FAMILLE",
                                        "JUSTICE",
                                        "DISPONIBILITE")),
                        "status", closedCode(Set.of("POINT_APPUI", "BESOIN", "NON_EXPLORE")),
                        "note", longText(4000)));
        mutable(
                "goal",
                Set.of("theme", "phrasing", "proposedBy", "status", "openedOn"),
                fields(
                        "theme",
                        code(Set.of(
                                "CHOISIR_METIER",
                                "SE_FORMER",
                                "CANDIDATURE",
                                "TROUVER_EMPLOI",
                                "CREER_ENTREPRISE",
                                "NUMERIQUE",
                                "FRANCAIS",
                                "MOBILITE",
                                "LOGEMENT",
                                "SANTE",
                                "FAMILLE",
                                "ADMINISTRATIF",
                                "FINANCES",
                                "CONFIANCE")),
                        "phrasing",
                        longText(500),
                        "proposedBy",
                        closedCode(Set.of("BENEFICIARY", "COUNSELLOR", "JOINT")),
                        "status",
                        closedCode(Set.of("EN_COURS", "ATTEINT", "ABANDONNE", "REPORTE")),
                        "targetDate",
                        date(),
                        "openedOn",
                        date(),
                        "closedOn",
                        date()));
        mutable(
                "goalStep",
                Set.of("goalId", "label", "status"),
                fields(
                        "goalId",
                        uuid(),
                        "label",
                        longText(500),
                        "status",
                        closedCode(Set.of("A_FAIRE", "EN_COURS", "REALISEE", "ABANDONNEE")),
                        "dueDate",
                        date(),
                        "doneDate",
                        date()));
        mutable(
                "training",
                Set.of("title", "trainingKind", "certification", "status"),
                fields(
                        "goalId",
                        uuid(),
                        "title",
                        text(200),
                        "provider",
                        text(200),
                        "trainingKind",
                        closedCode(Set.of("QUALIFYING", "CERTIFYING", "PRE_QUALIFYING", "IN_HOUSE", "PMSMP")),
                        "certification",
                        code(Set.of(
                                "RNCP",
                                "RS",
                                "CLEA",
                                "CLEA_NUMERIQUE",
                                "PIX",
                                "DELF_DILF",
                                "PERMIS_B",
                                "CACES",
                                "SST",
                                "HACCP",
                                "HABILITATION_ELECTRIQUE",
                                "NONE")),
                        "rncpLevel",
                        integer(3, 8),
                        "plannedHours",
                        number(0, 10_000),
                        "doneHours",
                        number(0, 10_000),
                        "startDate",
                        date(),
                        "endDate",
                        date(),
                        "status",
                        closedCode(Set.of("PREVUE", "EN_COURS", "SUIVIE", "CERTIFIEE", "ABANDONNEE"))));
        append(
                "checkIn",
                Set.of("goalId", "rater", "rating", "ratedAt"),
                fields(
                        "goalId",
                        uuid(),
                        "rater",
                        closedCode(Set.of("BENEFICIARY", "COUNSELLOR")),
                        "rating",
                        integer(0, 10),
                        "comment",
                        longText(2000),
                        "ratedAt",
                        instant()));
        append(
                "questionnaireResponse",
                Set.of("questionnaireId", "questionnaireVersion", "answers", "answeredAt"),
                fields(
                        "questionnaireId",
                        text(64),
                        "questionnaireVersion",
                        integer(1, Integer.MAX_VALUE),
                        "answers",
                        answers(),
                        "answeredAt",
                        instant()));
        append(
                "interview",
                Set.of("date", "place"),
                fields(
                        "date",
                        date(),
                        "place",
                        closedCode(Set.of("DOMICILE", "STRUCTURE", "TELEPHONE", "VISIO", "EXTERIEUR")),
                        "participants",
                        longText(500),
                        "notes",
                        longText(20_000),
                        "decisions",
                        longText(4000),
                        "nextAppointment",
                        instant()));
        append(
                "note",
                Set.of("text", "writtenAt", "authorRole"),
                fields(
                        "text",
                        longText(4000),
                        "writtenAt",
                        instant(),
                        "authorRole",
                        closedCode(Set.of("BENEFICIARY", "COUNSELLOR"))));
        mutable(
                "exit",
                Set.of("exitDate", "category"),
                fields(
                        "exitDate",
                        date(),
                        "category",
                        closedCode(EXIT_CATEGORIES),
                        "detail",
                        longText(500),
                        "followUpDue",
                        date()));
        mutable(
                "followUp",
                Set.of("exitId", "dueDate"),
                fields(
                        "exitId",
                        uuid(),
                        "dueDate",
                        date(),
                        "doneDate",
                        date(),
                        "situation",
                        closedCode(EXIT_CATEGORIES),
                        "note",
                        longText(2000)));
        append(
                "consent",
                Set.of("category", "granted", "recordedAt", "recordedBy"),
                fields(
                        "category",
                        closedCode(Set.of(
                                "IDENTITY_CONTACT",
                                "HEALTH",
                                "JUSTICE",
                                "NOTES_SHARED_SUPERVISOR",
                                "ANONYMOUS_STATISTICS")),
                        "granted",
                        bool(),
                        "recordedAt",
                        instant(),
                        "recordedBy",
                        text(120)));
        // Devices may only resolve a conflict; the server writes the other fields.
        mutable(
                CONFLICT,
                Set.of(),
                fields(
                        "status",
                        (FieldType)
                                v -> v.isTextual() && "RESOLVED".equals(v.textValue()) ? null : "can only be RESOLVED",
                        "resolvedValue",
                        anyJson(50_000)));
    }

    private RecordSchemas() {}

    static Optional<KindSchema> find(String kind) {
        return Optional.ofNullable(kind).map(KINDS::get);
    }

    static Set<String> kinds() {
        return KINDS.keySet();
    }

    private static void mutable(String kind, Set<String> required, Map<String, FieldType> fields) {
        KINDS.put(kind, new KindSchema(kind, false, fields, required));
    }

    private static void append(String kind, Set<String> required, Map<String, FieldType> fields) {
        KINDS.put(kind, new KindSchema(kind, true, fields, required));
    }

    private static Map<String, FieldType> fields(Object... nameTypePairs) {
        Map<String, FieldType> fields = new LinkedHashMap<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            fields.put((String) nameTypePairs[i], (FieldType) nameTypePairs[i + 1]);
        }
        return fields;
    }
}
