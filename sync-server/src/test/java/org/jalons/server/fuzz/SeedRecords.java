package org.jalons.server.fuzz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One valid set of fields per record kind (PROTOCOL.md), with placeholders for the ids of other records. */
final class SeedRecords {

    /** Every kind of PROTOCOL.md; {@code conflict} last: devices never create one, so none exists. */
    static final List<String> KINDS = List.of(
            "beneficiary",
            "barrier",
            "goal",
            "goalStep",
            "training",
            "checkIn",
            "questionnaireResponse",
            "interview",
            "note",
            "exit",
            "followUp",
            "consent",
            "conflict");

    static final Map<String, String> VALID_FIELDS = new LinkedHashMap<>();

    static {
        VALID_FIELDS.put("beneficiary", """
                {"displayName":"Samia B.","contact":"06 12 34 56 78","entryDate":"2026-01-05","contractType":"CDDI",\
                "eligibility":["RSA","DELD"],"educationLevel":"LEVEL_3","site":"Lyon 8e"}""");
        VALID_FIELDS.put("barrier", """
                {"area":"MOBILITE","status":"BESOIN","note":"Pas de permis, horaires décalés"}""");
        VALID_FIELDS.put("goal", """
                {"theme":"MOBILITE","phrasing":"Je me sens capable de passer le permis B","proposedBy":"JOINT",\
                "status":"EN_COURS","targetDate":"2026-09-30","openedOn":"2026-02-01"}""");
        VALID_FIELDS.put("goalStep", """
                {"goalId":"$G","label":"M'inscrire à l'auto-école","status":"A_FAIRE","dueDate":"2026-03-15"}""");
        VALID_FIELDS.put("training", """
                {"goalId":"$G","title":"Titre professionnel agent de propreté","provider":"AFPA",\
                "trainingKind":"CERTIFYING","certification":"RNCP","rncpLevel":3,"plannedHours":420,"doneHours":35.5,\
                "startDate":"2026-03-02","endDate":"2026-06-26","status":"EN_COURS"}""");
        VALID_FIELDS.put("checkIn", """
                {"goalId":"$G","rater":"COUNSELLOR","rating":6,"comment":"Progrès sur le code","ratedAt":\
                "2026-03-01T10:00:00Z"}""");
        VALID_FIELDS.put("questionnaireResponse", """
                {"questionnaireId":"pouvoir-agir","questionnaireVersion":1,"answers":{"PA1":2,"PA2":4},\
                "answeredAt":"2026-03-01T10:00:00Z"}""");
        VALID_FIELDS.put("interview", """
                {"date":"2026-03-01","place":"STRUCTURE","participants":"Samia, CIP","notes":"Point mensuel",\
                "decisions":"Inscription au code","nextAppointment":"2026-04-01T09:00:00Z"}""");
        VALID_FIELDS.put("note", """
                {"text":"Appeler la mission locale","writtenAt":"2026-03-01T10:00:00Z","authorRole":"COUNSELLOR"}""");
        VALID_FIELDS.put("exit", """
                {"exitDate":"2026-11-30","category":"EMPLOI_TRANSITION","detail":"CDD 4 mois","followUpDue":\
                "2027-05-30"}""");
        VALID_FIELDS.put("followUp", """
                {"exitId":"$X","dueDate":"2027-05-30","situation":"EMPLOI_DURABLE","note":"En CDI"}""");
        VALID_FIELDS.put("consent", """
                {"category":"ANONYMOUS_STATISTICS","granted":true,"recordedAt":"2026-01-05T09:00:00Z",\
                "recordedBy":"Samia CIP"}""");
        VALID_FIELDS.put("conflict", """
                {"status":"RESOLVED","resolvedValue":"EN_COURS"}""");
    }

    private SeedRecords() {}

    /** A change of {@code kind}; {@code fields} is put in as it is (fuzzed text need not be JSON). */
    static String change(String kind, String recordId, String personId, long baseVersion, String fields) {
        return "{\"changeId\":\"" + UUID.randomUUID() + "\",\"recordId\":\"" + recordId + "\",\"kind\":\"" + kind
                + "\",\"beneficiaryId\":\"" + personId + "\",\"op\":\"upsert\",\"baseVersion\":" + baseVersion
                + ",\"fields\":" + fields + ",\"createdAt\":\"2026-11-26T09:30:00Z\"}";
    }

    /** One change creating the organisation's existing record of every kind but its person and conflicts. */
    static String batchCreatingEveryKind(FuzzedOrganisation org) {
        StringBuilder body = new StringBuilder("{\"protocol\":1,\"changes\":[");
        String separator = "";
        for (String kind : KINDS) {
            if (kind.equals("beneficiary") || kind.equals("conflict")) {
                continue;
            }
            String fields = new String(
                    org.fill(VALID_FIELDS.get(kind).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    java.nio.charset.StandardCharsets.UTF_8);
            body.append(separator)
                    .append(change(kind, org.existing.get(kind).toString(), org.personId.toString(), 0, fields));
            separator = ",";
        }
        return body.append("]}").toString();
    }
}
