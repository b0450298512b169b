package org.jalons.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordMapper;
import org.jalons.storage.RecordRepository;
import org.jalons.storage.RecordTable;
import org.jalons.storage.StoredRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a person's export ({@link ParcoursFile}) into this phone: every entry is checked first (format and version,
 * size, duplicated ids, every record's fields and rules, one person only, ids this phone already uses for another
 * person), then all records are written in one transaction through the repositories, so they reach the outbox and
 * sync like any record typed here. Anything refused: nothing is written, and the report says what and why.
 */
public final class ParcoursImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ParcoursImporter.class);

    private final LocalStore store;

    public ParcoursImporter(LocalStore store) {
        this.store = store;
    }

    public ImportReport importFile(Path file) {
        try {
            if (Files.size(file) > ParcoursFile.MAX_BYTES) {
                return ImportReport.fileRefused("import.file.tooBig");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return importBytes(in.readNBytes((int) ParcoursFile.MAX_BYTES + 1));
            }
        } catch (IOException e) {
            LOG.warn("The import file {} could not be read", file, e);
            return ImportReport.fileRefused("import.file.unreadable");
        }
    }

    public ImportReport importBytes(byte[] content) {
        if (content.length > ParcoursFile.MAX_BYTES) {
            return ImportReport.fileRefused("import.file.tooBig");
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(content);
        } catch (JsonProcessingException e) {
            LOG.warn("The import file is not JSON: {}", e.getOriginalMessage());
            return ImportReport.fileRefused("import.file.notJson");
        } catch (IOException e) {
            return ImportReport.fileRefused("import.file.notJson");
        }
        if (root == null || !root.isObject() || !ParcoursFile.FORMAT.equals(root.path("format").asText(null))) {
            return ImportReport.fileRefused("import.file.notExport");
        }
        if (!root.path("formatVersion").isInt() || root.get("formatVersion").asInt() != ParcoursFile.VERSION) {
            return ImportReport.fileRefused("import.file.version");
        }
        UUID person = uuid(root.path("beneficiaryId"));
        if (person == null || !root.path("records").isArray()) {
            return ImportReport.fileRefused("import.file.notExport");
        }
        List<ImportReport.Refusal> refused = new ArrayList<>();
        List<JalonsRecord> records = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        int index = 0;
        for (JsonNode entry : root.get("records")) {
            index++;
            read(entry, index, person, ids, records, refused);
        }
        if (records.stream().noneMatch(r -> RecordKind.of(r.getClass()) == RecordKind.BENEFICIARY)
                && store.beneficiaries().find(person).isEmpty()) {
            refused.add(new ImportReport.Refusal(0, "beneficiary", person.toString(), "import.refused.noParcours", ""));
        }
        if (!refused.isEmpty()) {
            return new ImportReport(null, Map.of(), 0, refused);
        }
        return write(records);
    }

    private void read(JsonNode entry, int index, UUID person, Set<UUID> ids, List<JalonsRecord> records,
                      List<ImportReport.Refusal> refused) {
        String kindName = entry.path("kind").asText(null);
        String idText = entry.path("id").asText(null);
        Optional<RecordKind> kind = Optional.ofNullable(kindName).flatMap(RecordKind::fromWire)
                .filter(ParcoursFile.KINDS::contains);
        UUID id = uuid(entry.path("id"));
        if (!entry.isObject() || kind.isEmpty()) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.kind", ""));
            return;
        }
        if (id == null) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.id", ""));
            return;
        }
        if (!ids.add(id)) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.duplicate", ""));
            return;
        }
        UUID owner = uuid(entry.path("beneficiaryId"));
        boolean parcours = kind.get() == RecordKind.BENEFICIARY;
        if (!person.equals(owner) || (parcours && !person.equals(id))) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.otherPerson", ""));
            return;
        }
        JsonNode fields = entry.path("fields");
        if (!fields.isObject()) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.fields", ""));
            return;
        }
        RecordMapper<?> mapper = RecordTable.of(kind.get()).mapper();
        Map<String, Object> wire = new java.util.LinkedHashMap<>();
        var names = fields.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!mapper.hasField(name)) {
                refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.unknownField", name));
                return;
            }
            try {
                Object value = Json.MAPPER.treeToValue(fields.get(name), Object.class);
                wire.put(name, mapper.normalize(name, value));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.fieldType", name));
                return;
            }
        }
        JalonsRecord record;
        try {
            record = mapper.fromWire(id, person, wire);
        } catch (RuntimeException e) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.fields", e.getMessage()));
            return;
        }
        List<Violation> violations = record.violations();
        if (!violations.isEmpty()) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.rules",
                    violations.get(0).field()));
            return;
        }
        Optional<? extends StoredRecord<?>> existing = store.repository(kind.get()).findStored(id);
        if (existing.isPresent() && !person.equals(existing.get().record().beneficiaryId())) {
            refused.add(new ImportReport.Refusal(index, kindName, idText, "import.refused.idTaken", ""));
            return;
        }
        records.add(record);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ImportReport write(List<JalonsRecord> records) {
        Map<RecordKind, Integer> imported = new EnumMap<>(RecordKind.class);
        int[] unchanged = {0};
        List<JalonsRecord> ordered = new ArrayList<>(records);
        ordered.sort(java.util.Comparator.comparingInt(r -> ParcoursFile.KINDS.indexOf(RecordKind.of(r.getClass()))));
        try {
            store.inOneTransaction(() -> {
                for (JalonsRecord r : ordered) {
                    RecordKind kind = RecordKind.of(r.getClass());
                    RecordRepository repository = store.repository(kind);
                    Optional<StoredRecord<?>> before = repository.findStored(r.id());
                    if (before.isPresent() && !before.get().deleted() && before.get().record().equals(r)) {
                        unchanged[0]++;
                        continue;
                    }
                    repository.save(r);
                    imported.merge(kind, 1, Integer::sum);
                }
            });
        } catch (ValidationException e) {
            LOG.warn("The import was refused by a rule that needs other records: {}", e.getMessage());
            return new ImportReport(null, Map.of(), 0, List.of(new ImportReport.Refusal(0, null, null,
                    "import.refused.rules", e.violations().isEmpty() ? "" : e.violations().get(0).field())));
        } catch (IllegalStateException e) {
            LOG.warn("The import would change a record that is never changed: {}", e.getMessage());
            return new ImportReport(null, Map.of(), 0, List.of(new ImportReport.Refusal(0, null, null,
                    "import.refused.appendOnly", "")));
        }
        LOG.info("Imported {} records ({} already here)", imported, unchanged[0]);
        return new ImportReport(null, imported, unchanged[0], List.of());
    }

    private static UUID uuid(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return null;
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
