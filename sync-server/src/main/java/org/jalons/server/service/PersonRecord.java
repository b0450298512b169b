package org.jalons.server.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;

/**
 * The right of access (RGPD, art. 15) from the server: an admin produces everything the organisation holds about a
 * person, as the JSON file the app makes for the person ("jalons-parcours", version 1: the app imports it) and as a
 * readable PDF. Everything stored is in it, what consents keep from counsellors' phones included: it is the
 * person's own data. Each export is audited ({@code EXPORT_PERSON_RECORD}).
 */
public final class PersonRecord {

    /** The kinds of the file, in the app's order (ParcoursFile.KINDS): conflicts are questions, not records. */
    static final List<RecordSchema> KINDS = List.of(
            RecordSchema.BENEFICIARY,
            RecordSchema.CONSENT,
            RecordSchema.BARRIER,
            RecordSchema.GOAL,
            RecordSchema.GOAL_STEP,
            RecordSchema.TRAINING,
            RecordSchema.CHECK_IN,
            RecordSchema.QUESTIONNAIRE_RESPONSE,
            RecordSchema.INTERVIEW,
            RecordSchema.NOTE,
            RecordSchema.SHARED_WORD,
            RecordSchema.WORK_OBSERVATION,
            RecordSchema.EXIT,
            RecordSchema.FOLLOW_UP);

    /** One export: the person's name (for the PDF's title) and their records, kind by kind. */
    record Content(
            UUID organisationId,
            UUID personId,
            Instant exportedAt,
            String requestedBy,
            Map<RecordSchema, List<StoredRecord>> records) {}

    private final Database db;
    private final Stores stores;
    private final Clock clock;

    public PersonRecord(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
    }

    public byte[] json(Principal admin, UUID personId) {
        return json(read(admin, personId, "json"));
    }

    public byte[] pdf(Principal admin, UUID personId) {
        return PersonRecordPdf.of(read(admin, personId, "pdf"));
    }

    private Content read(Principal admin, UUID personId, String format) {
        Accounts.requireAdmin(admin);
        UUID org = admin.organisationId();
        return db.inTransaction(c -> {
            Map<RecordSchema, List<StoredRecord>> records = records(c, org, personId);
            if (records.get(RecordSchema.BENEFICIARY).isEmpty()) {
                throw Refusal.notFound(); // not the organisation's person, erased, or deleted
            }
            Instant now = clock.instant();
            stores.audit()
                    .append(
                            c,
                            org,
                            new AuditLog.Entry(
                                    admin.userId(),
                                    admin.deviceId(),
                                    now,
                                    "EXPORT_PERSON_RECORD",
                                    format,
                                    personId,
                                    null,
                                    null,
                                    personId));
            String by = stores.users()
                    .find(c, org, admin.userId())
                    .map(u -> u.displayName())
                    .orElse("");
            return new Content(org, personId, now, by, records);
        });
    }

    private Map<RecordSchema, List<StoredRecord>> records(Connection c, UUID org, UUID personId) throws SQLException {
        Map<RecordSchema, List<StoredRecord>> records = new LinkedHashMap<>();
        for (RecordSchema kind : KINDS) {
            records.put(kind, stores.records().liveOfBeneficiary(c, org, personId, kind.wireName()));
        }
        return records;
    }

    /** The file the app writes for the person (ParcoursExporter), with every record the server holds. */
    static byte[] json(Content content) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", "jalons-parcours");
        root.put("formatVersion", 1);
        root.put("exportedAt", content.exportedAt().toString());
        root.put("beneficiaryId", content.personId().toString());
        root.put("organisationId", content.organisationId().toString());
        TreeSet<String> questionnaires = new TreeSet<>();
        List<Map<String, Object>> records = new ArrayList<>();
        content.records().forEach((kind, list) -> {
            for (StoredRecord r : list) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", kind.wireName());
                entry.put("id", r.id().toString());
                entry.put("beneficiaryId", content.personId().toString());
                entry.put("fields", r.fields());
                records.add(entry);
                if (kind.equals(RecordSchema.QUESTIONNAIRE_RESPONSE)) {
                    JsonNode id = r.fields().get("questionnaireId");
                    JsonNode version = r.fields().get("questionnaireVersion");
                    if (id != null && version != null && version.canConvertToInt()) {
                        questionnaires.add(id.asText() + "\n" + version.asInt());
                    }
                }
            }
        });
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (String q : questionnaires) {
            int cut = q.indexOf('\n');
            definitions.add(Map.of("id", q.substring(0, cut), "version", Integer.parseInt(q.substring(cut + 1))));
        }
        root.put("questionnaires", definitions);
        root.put("records", records);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The person's record could not be written", e);
        }
    }
}
