package org.jalons.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.QuestionnaireResponse;
import org.jalons.domain.RecordKind;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordTable;

/**
 * Everything this phone holds about one person, as the complete JSON file ({@link ParcoursFile}). Works offline.
 * For the person on their own phone, and for a counsellor on a person's file.
 */
public final class ParcoursExporter {
    private final LocalStore store;
    private final Clock clock;

    public ParcoursExporter(LocalStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The records of the person, kind by kind (the parcours record first). */
    public Map<RecordKind, List<JalonsRecord>> records(UUID beneficiaryId) {
        Map<RecordKind, List<JalonsRecord>> out = new LinkedHashMap<>();
        for (RecordKind kind : ParcoursFile.KINDS) {
            List<JalonsRecord> records = new ArrayList<>();
            if (kind == RecordKind.BENEFICIARY) {
                store.beneficiaries().find(beneficiaryId).ifPresent(records::add);
            } else {
                records.addAll(store.repository(kind).forBeneficiary(beneficiaryId));
            }
            out.put(kind, records);
        }
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    public byte[] json(UUID beneficiaryId) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", ParcoursFile.FORMAT);
        root.put("formatVersion", ParcoursFile.VERSION);
        root.put("exportedAt", clock.instant().toString());
        root.put("beneficiaryId", beneficiaryId.toString());
        org.jalons.sync.Pairing.account(store)
                .map(org.jalons.sync.SyncAccount::organisationId)
                .ifPresent(organisation -> root.put("organisationId", organisation.toString()));
        java.util.Set<String> questionnaires = new java.util.TreeSet<>();
        List<Map<String, Object>> records = new ArrayList<>();
        records(beneficiaryId).forEach((kind, list) -> {
            RecordTable table = RecordTable.of(kind);
            for (JalonsRecord r : list) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("kind", kind.wireName());
                entry.put("id", r.id().toString());
                entry.put("beneficiaryId", beneficiaryId.toString());
                entry.put("fields", table.mapper().toWire(r));
                records.add(entry);
                if (r instanceof QuestionnaireResponse q) {
                    questionnaires.add(q.questionnaireId() + "\n" + q.questionnaireVersion());
                }
            }
        });
        List<Map<String, Object>> definitions = new ArrayList<>();
        questionnaires.forEach(q -> definitions.add(Map.of(
                "id", q.substring(0, q.indexOf('\n')), "version", Integer.parseInt(q.substring(q.indexOf('\n') + 1)))));
        root.put("questionnaires", definitions);
        root.put("records", records);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The export could not be written", e);
        }
    }

    /** A file name that says what it is and never names the person (it may travel by mail). */
    public String fileName(String extension) {
        return "mon-parcours-"
                + clock.instant().atZone(java.time.ZoneOffset.UTC).toLocalDate() + "." + extension;
    }
}
