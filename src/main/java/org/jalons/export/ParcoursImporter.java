package org.jalons.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.ImportedHistory;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordMapper;
import org.jalons.storage.RecordRepository;
import org.jalons.storage.RecordTable;
import org.jalons.storage.StoredRecord;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a person's export ({@link ParcoursFile}) into this phone. Every entry is checked first (format and version,
 * size, duplicated ids, every record's fields and rules, one person and one organisation only, ids this phone
 * already uses for another person), then the records are written in one transaction through the repositories, so
 * they reach the outbox and sync like any record typed here. Anything refused: nothing is written, and the report
 * says what and why.
 *
 * <p><b>Into whose parcours.</b> The records go to the parcours the import is made for ({@code into}: the person's
 * own on their phone, the open file on a counsellor's). When that is another person id than the file's (a new phone,
 * another structure), the file is <em>re-keyed</em>: every record gets this parcours' id as its {@code beneficiaryId}
 * and a new id of its own, derived from the parcours and the original id ({@link #newId}), so that the references
 * between records (a check-in's, step's or training's goal, a follow-up's exit) stay consistent, the originals
 * (still on the old phone and the old organisation's server) are never claimed, and importing the same file again
 * finds the records already there instead of doubling them. The file's parcours record is merged into this phone's:
 * this phone keeps its own, with an earlier entry date and the empty personal fields taken from the file; the
 * referent counsellor and the site belong to the former structure and are not carried over.
 *
 * <p><b>Organisations.</b> A file records the organisation of the phone that made it. Data never crosses
 * organisations by keeping its ids: a file of another organisation than this phone's is refused unless it is
 * re-keyed into a parcours here (the person taking their own data along), and an entry that says it belongs to
 * another organisation than its file is refused.
 *
 * <p><b>What is already here</b> (same id, same person) is never overwritten: identical, it is counted as already
 * there; different, this phone's version is kept (it is the one that synced) and the report says so. On a person's
 * own phone, ratings and notes written by a counsellor are left out (the server takes from a person's phone only
 * their own), and the report says how many.
 *
 * <p><b>Hand-over.</b> What is written goes out with the next sync as this phone's account's own writes. A record
 * that account may not write ({@link ImportHandOver}, the write-rights table: e.g. the person's own ratings on a
 * counsellor's phone, a barrier or an interview on the person's) would only be refused by the server: it is kept
 * instead as the former structure's history ({@link ImportedHistory}), read-only, never queued; so are the records
 * that refer to one (a step of such a goal). Nothing is lost and no import leaves a refused change behind.
 */
public final class ParcoursImporter {
    private static final Logger LOG = LoggerFactory.getLogger(ParcoursImporter.class);

    private final LocalStore store;
    private final UUID into;

    /** An import into the parcours of this phone's profile (or, with no parcours here, the file's own person). */
    public ParcoursImporter(LocalStore store) {
        this(store, store.profile().beneficiaryId());
    }

    /**
     * @param into the parcours the records are for; null: the file's own person, with the file's ids (a counsellor's
     *             or supervisor's phone with no file open)
     */
    public ParcoursImporter(LocalStore store, UUID into) {
        this.store = store;
        this.into = into;
    }

    /** The id a record of the file gets in the parcours {@code target}: the same for the same file every time. */
    static UUID newId(UUID target, UUID original) {
        return UUID.nameUUIDFromBytes(("jalons-import:" + target + ":" + original).getBytes(StandardCharsets.UTF_8));
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
        if (root == null
                || !root.isObject()
                || !ParcoursFile.FORMAT.equals(root.path("format").asText(null))) {
            return ImportReport.fileRefused("import.file.notExport");
        }
        if (!root.path("formatVersion").isInt() || root.get("formatVersion").asInt() != ParcoursFile.VERSION) {
            return ImportReport.fileRefused("import.file.version");
        }
        UUID person = uuid(root.path("beneficiaryId"));
        if (person == null || !root.path("records").isArray()) {
            return ImportReport.fileRefused("import.file.notExport");
        }
        boolean hasOrganisation = root.hasNonNull("organisationId");
        UUID fileOrganisation = uuid(root.path("organisationId"));
        if (hasOrganisation && fileOrganisation == null) {
            return ImportReport.fileRefused("import.file.notExport");
        }
        UUID target = into == null ? person : into;
        UUID hereOrganisation =
                Pairing.account(store).map(SyncAccount::organisationId).orElse(null);
        Plan plan = new Plan(person, target, fileOrganisation);
        if (!plan.rekeyed()
                && fileOrganisation != null
                && hereOrganisation != null
                && !fileOrganisation.equals(hereOrganisation)) {
            LOG.warn("Refused an import of another organisation's file with its own ids");
            return ImportReport.fileRefused("import.file.otherOrganisation");
        }
        int index = 0;
        for (JsonNode entry : root.get("records")) {
            index++;
            read(entry, index, plan);
        }
        plan.sharedWords.forEach(shared -> checkSharedWord(shared, plan));
        if (plan.parcours == null && store.beneficiaries().find(target).isEmpty()) {
            plan.refused.add(
                    new ImportReport.Refusal(0, "beneficiary", person.toString(), "import.refused.noParcours", ""));
        }
        if (!plan.refused.isEmpty()) {
            return ImportReport.refused(plan.refused);
        }
        plan.history.addAll(new ImportHandOver(store, store.profile().role()).history(plan.records));
        return write(plan);
    }

    /** What the checks found: the records to write, what is already here, what is left out or refused. */
    private final class Plan {
        final UUID person;
        final UUID target;
        final UUID organisation;
        final Set<UUID> ids = new HashSet<>();
        final List<JalonsRecord> records = new ArrayList<>();
        /** Of {@link #records}, those kept as the former structure's history. */
        final List<JalonsRecord> history = new ArrayList<>();

        final List<ImportReport.Refusal> refused = new ArrayList<>();
        /** The file's records by their id in the file, as the file has them: what a shared word may name. */
        final Map<UUID, JalonsRecord> inFile = new java.util.HashMap<>();
        /** The file's shared words, checked once every entry is read (the words they name may come later). */
        final List<Entry> sharedWords = new ArrayList<>();

        final boolean ownPhone = store.profile().role() == Role.BENEFICIARY;
        Beneficiary parcours;
        int unchanged;
        int kept;
        int leftOut;
        int renamed;
        int collided;

        Plan(UUID person, UUID target, UUID organisation) {
            this.person = person;
            this.target = target;
            this.organisation = organisation;
        }

        boolean rekeyed() {
            return !person.equals(target);
        }

        void refuse(int index, String kind, String id, String key, String detail) {
            refused.add(new ImportReport.Refusal(index, kind, id, key, detail));
        }
    }

    /** An entry of the file read as a record, where it was in the file. */
    private record Entry(int index, String kind, String id, JalonsRecord record) {}

    /**
     * A shared word names the person's own words in the file (their note, or their check-in with a comment) and, if
     * it says so, one of their goals in the file: anything else would share words the file does not hold.
     */
    private static void checkSharedWord(Entry entry, Plan plan) {
        SharedWord word = (SharedWord) entry.record();
        JalonsRecord words = plan.inFile.get(word.recordId());
        boolean own = (words instanceof Note n && n.authorRole() == Rater.BENEFICIARY)
                || (words instanceof CheckIn c
                        && c.rater() == Rater.BENEFICIARY
                        && c.comment() != null
                        && !c.comment().isBlank());
        if (!own) {
            plan.refuse(entry.index(), entry.kind(), entry.id(), "import.refused.sharedWordRecord", "");
        } else if (word.goalId() != null && !(plan.inFile.get(word.goalId()) instanceof Goal)) {
            plan.refuse(entry.index(), entry.kind(), entry.id(), "import.refused.sharedWordGoal", "");
        }
    }

    private void read(JsonNode entry, int index, Plan plan) {
        String kindName = entry.path("kind").asText(null);
        String idText = entry.path("id").asText(null);
        Optional<RecordKind> kind =
                Optional.ofNullable(kindName).flatMap(RecordKind::fromWire).filter(ParcoursFile.KINDS::contains);
        UUID id = uuid(entry.path("id"));
        if (!entry.isObject() || kind.isEmpty()) {
            plan.refuse(index, kindName, idText, "import.refused.kind", "");
            return;
        }
        if (id == null) {
            plan.refuse(index, kindName, idText, "import.refused.id", "");
            return;
        }
        if (!plan.ids.add(id)) {
            plan.refuse(index, kindName, idText, "import.refused.duplicate", "");
            return;
        }
        if (entry.has("organisationId")
                && (plan.organisation == null || !plan.organisation.equals(uuid(entry.get("organisationId"))))) {
            plan.refuse(index, kindName, idText, "import.refused.otherOrganisation", "");
            return;
        }
        UUID owner = uuid(entry.path("beneficiaryId"));
        boolean parcours = kind.get() == RecordKind.BENEFICIARY;
        if (!plan.person.equals(owner) || (parcours && !plan.person.equals(id))) {
            plan.refuse(index, kindName, idText, "import.refused.otherPerson", "");
            return;
        }
        JsonNode fields = entry.path("fields");
        if (!fields.isObject()) {
            plan.refuse(index, kindName, idText, "import.refused.fields", "");
            return;
        }
        RecordMapper<?> mapper = RecordTable.of(kind.get()).mapper();
        Map<String, Object> wire = new LinkedHashMap<>();
        var names = fields.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!mapper.hasField(name)) {
                plan.refuse(index, kindName, idText, "import.refused.unknownField", name);
                return;
            }
            try {
                Object value = Json.MAPPER.treeToValue(fields.get(name), Object.class);
                wire.put(name, mapper.normalize(name, value));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                plan.refuse(index, kindName, idText, "import.refused.fieldType", name);
                return;
            }
        }
        JalonsRecord record;
        try {
            record = mapper.fromWire(id, plan.person, wire);
        } catch (RuntimeException e) {
            plan.refuse(index, kindName, idText, "import.refused.fields", e.getMessage());
            return;
        }
        List<Violation> violations = record.violations();
        if (!violations.isEmpty()) {
            plan.refuse(
                    index,
                    kindName,
                    idText,
                    "import.refused.rules",
                    violations.get(0).field());
            return;
        }
        plan.inFile.put(id, record);
        if (record instanceof SharedWord) {
            plan.sharedWords.add(new Entry(index, kindName, idText, record));
        }
        if (parcours) {
            plan.parcours = (Beneficiary) record;
            return;
        }
        if (plan.rekeyed()) {
            record = rekey(mapper, record.id(), wire, plan.target);
        }
        Optional<? extends StoredRecord<?>> existing =
                store.repository(kind.get()).findStored(record.id());
        if (existing.isPresent() && !plan.target.equals(existing.get().record().beneficiaryId())) {
            plan.refuse(index, kindName, idText, "import.refused.idTaken", "");
            return;
        }
        if (existing.isPresent()) {
            if (!existing.get().deleted() && existing.get().record().equals(record)) {
                plan.unchanged++;
            } else {
                plan.kept++;
            }
            return;
        }
        if (plan.ownPhone && writtenByCounsellor(record)) {
            plan.leftOut++;
            return;
        }
        if (plan.rekeyed()) {
            plan.renamed++;
            if (store.repository(kind.get()).findStored(id).isPresent()) {
                plan.collided++;
            }
        }
        plan.records.add(record);
    }

    /** The record in the parcours {@code target}: its id, its owner and its references to other records moved. */
    private static JalonsRecord rekey(RecordMapper<?> mapper, UUID id, Map<String, Object> wire, UUID target) {
        Map<String, Object> moved = new LinkedHashMap<>(wire);
        // a correction's amends follows its original, which is rekeyed the same way; a shared word, the words it shares
        for (String reference : List.of("goalId", "exitId", "amends", "recordId")) {
            if (mapper.hasField(reference) && moved.get(reference) instanceof String original) {
                moved.put(reference, newId(target, UUID.fromString(original)).toString());
            }
        }
        return mapper.fromWire(newId(target, id), target, moved);
    }

    /** A rating or a note that only a counsellor's account may record. */
    private static boolean writtenByCounsellor(JalonsRecord record) {
        return (record instanceof CheckIn c && c.rater() == Rater.COUNSELLOR)
                || (record instanceof Note n && n.authorRole() == Rater.COUNSELLOR);
    }

    /**
     * The parcours record to write, or empty when this phone's stays as it is. Same person: the file's, unless one
     * is already here. Re-keyed: this phone's, completed from the file; or the file's under the new id, without
     * the former structure's referent counsellor and site.
     */
    private Optional<Beneficiary> parcours(Plan plan) {
        Beneficiary file = plan.parcours;
        if (file == null) {
            return Optional.empty();
        }
        Optional<StoredRecord<Beneficiary>> here = store.beneficiaries().findStored(plan.target);
        if (!plan.rekeyed()) {
            if (here.isEmpty()) {
                return Optional.of(file);
            }
            if (!here.get().deleted() && here.get().record().equals(file)) {
                plan.unchanged++;
            } else {
                plan.kept++;
            }
            return Optional.empty();
        }
        if (here.isEmpty() || here.get().deleted()) {
            return Optional.of(new Beneficiary(
                            plan.target,
                            file.displayName(),
                            file.contact(),
                            file.entryDate(),
                            file.contractType(),
                            null,
                            file.eligibility(),
                            file.educationLevel(),
                            null)
                    .withPhoneAndAddress(file.phone(), file.address()));
        }
        Beneficiary mine = here.get().record();
        LocalDate entry = mine.entryDate() == null || file.entryDate().isBefore(mine.entryDate())
                ? file.entryDate()
                : mine.entryDate();
        Beneficiary merged = new Beneficiary(
                mine.id(),
                mine.displayName(),
                mine.contact() != null ? mine.contact() : file.contact(),
                entry,
                mine.contractType() != null ? mine.contractType() : file.contractType(),
                mine.referentCounsellorId(),
                mine.eligibility() != null && !mine.eligibility().isEmpty() ? mine.eligibility() : file.eligibility(),
                mine.educationLevel() != null ? mine.educationLevel() : file.educationLevel(),
                mine.site(),
                mine.phone() != null ? mine.phone() : file.phone(),
                mine.address() != null ? mine.address() : file.address());
        if (merged.equals(mine)) {
            plan.unchanged++;
            return Optional.empty();
        }
        return Optional.of(merged);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private ImportReport write(Plan plan) {
        Map<RecordKind, Integer> imported = new EnumMap<>(RecordKind.class);
        List<JalonsRecord> ordered = new ArrayList<>();
        parcours(plan).ifPresent(ordered::add);
        ordered.addAll(plan.records); // history among them, in file order
        ordered.sort(Comparator.comparingInt(r -> ParcoursFile.KINDS.indexOf(RecordKind.of(r.getClass()))));
        Set<JalonsRecord> history = new HashSet<>(plan.history);
        try {
            store.inOneTransaction(() -> {
                List<Beneficiary> afterConsents = new ArrayList<>();
                for (JalonsRecord r : ordered) {
                    RecordKind kind = RecordKind.of(r.getClass());
                    RecordRepository repository = store.repository(kind);
                    if (history.contains(r)) {
                        keepAsHistory(repository, r);
                        continue;
                    }
                    if (r instanceof Beneficiary b && !b.consentsNeeded().isEmpty()) {
                        // the file's consents come after the file itself: what needs them is saved once they are in
                        repository.save(b.withoutWhatNeedsConsent());
                        afterConsents.add(b);
                    } else {
                        repository.save(r);
                    }
                    imported.merge(kind, 1, Integer::sum);
                }
                for (Beneficiary b : afterConsents) {
                    store.beneficiaries().save(b);
                }
            });
        } catch (ValidationException e) {
            LOG.warn("The import was refused by a rule that needs other records: {}", e.getMessage());
            return ImportReport.refused(List.of(new ImportReport.Refusal(
                    0,
                    null,
                    null,
                    "import.refused.rules",
                    e.violations().isEmpty() ? "" : e.violations().get(0).field())));
        } catch (IllegalStateException e) {
            LOG.warn("The import would change a record that is never changed: {}", e.getMessage());
            return ImportReport.refused(
                    List.of(new ImportReport.Refusal(0, null, null, "import.refused.appendOnly", "")));
        }
        LOG.info(
                "Imported {} records ({} already here, {} kept as they were here, {} left out, {} with a new id, {} kept"
                        + " as history)",
                imported,
                plan.unchanged,
                plan.kept,
                plan.leftOut,
                plan.renamed,
                plan.history.size());
        return new ImportReport(
                null,
                imported,
                plan.unchanged,
                List.of(),
                plan.kept,
                plan.leftOut,
                plan.renamed,
                plan.collided,
                plan.history.size());
    }

    /** A history record, in the import's transaction (see {@link RecordRepository#keepAsHistory}). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private void keepAsHistory(RecordRepository repository, JalonsRecord r) {
        store.database().inTransaction(c -> {
            repository.keepAsHistory(c, r);
            return null;
        });
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
