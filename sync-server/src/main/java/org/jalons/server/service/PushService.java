package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.jalons.protocol.Wire;
import org.jalons.protocol.Wire.ChangeResult;
import org.jalons.server.model.Json;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Referent;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.AppliedChangeStore;
import org.jalons.server.store.AppliedChangeStore.AppliedChange;
import org.jalons.server.store.Database;
import org.jalons.server.store.ReferentStore;
import org.jalons.server.store.Stores;
import org.jalons.server.store.SyncHistory;
import org.jalons.server.store.WorkTeamStore;
import org.jalons.server.summary.store.SummaryChangeLog;

/**
 * Push: checks every change, applies the valid ones of a request in one transaction under the
 * counter lock, and answers one result per change. A rejected change never blocks the others.
 */
public final class PushService {

    public static final int MAX_CHANGES = 500;
    public static final int PROTOCOL_VERSION = Wire.PROTOCOL;

    private final Database db;
    private final Stores stores;
    private final SummaryChangeLog summaryLog = new SummaryChangeLog();
    private final org.jalons.server.store.ErasureStore erasures = new org.jalons.server.store.ErasureStore();
    private final Clock clock;
    private final ReferentStore referents = new ReferentStore();
    private final WorkTeamStore workTeams = new WorkTeamStore();
    private final QuestionnaireAnswers questionnaireAnswers = new QuestionnaireAnswers();
    private final Access access;
    private final StateRules rules;
    private final WriteCheck rights;
    private final RecordWriter writer;
    private final Amendments amendments;
    private final Consumer<UUID> pushed;

    public PushService(Database db, Stores stores, Clock clock) {
        this(db, stores, clock, org -> {});
    }

    /** {@code pushed} hears of every push that changed an organisation's records, after its commit. */
    public PushService(Database db, Stores stores, Clock clock, Consumer<UUID> pushed) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.access = new Access(stores);
        this.rules = new StateRules(stores);
        this.rights = new WriteCheck(stores);
        this.writer = new RecordWriter(stores, rules);
        this.amendments = new Amendments(stores);
        this.pushed = pushed;
    }

    /** One result per change, with the history id and the organisation's head seq after this push. */
    public Wire.PushResponse push(Principal principal, JsonNode body) {
        if (!principal.role().handlesRecords()) {
            throw Refusal.forbidden("This account does not hold records: nothing can be pushed with it.");
        }
        List<JsonNode> changes = readBody(body);
        // Parsed before the transaction: the envelope checks need no database, and the counter lock is held less.
        List<Parsed> parsed = new ArrayList<>(changes.size());
        Set<UUID> changeIds = new LinkedHashSet<>();
        Set<UUID> recordIds = new LinkedHashSet<>();
        for (JsonNode node : changes) {
            try {
                Change change = Change.parse(node);
                parsed.add(new Parsed(change, null));
                changeIds.add(change.changeId());
                recordIds.add(change.recordId());
            } catch (ChangeRejected rejected) {
                parsed.add(new Parsed(null, rejected.result(Change.rawChangeId(node))));
            }
        }
        UUID org = principal.organisationId();
        Wire.PushResponse answered = db.inTransaction(c -> {
            RecordWriter.Seqs seqs = new RecordWriter.Seqs(stores.counter().lock(c, org));
            long before = seqs.last;
            RecordWriter.Push push = new RecordWriter.Push(c, principal, clock.instant(), seqs);
            // One query each for the change ids already applied and for the records of the whole batch (read
            // under the counter lock, like the per-change reads were); both maps are kept current while applying.
            Batch batch =
                    new Batch(stores.appliedChanges().findAll(c, org, principal.userId(), new ArrayList<>(changeIds)));
            for (Parsed one : parsed) {
                Change ok = one.change();
                if (ok != null && "interview".equals(ok.kind()) && !ok.delete() && ok.baseVersion() == 0) {
                    batch.visits.add(ok.beneficiaryId());
                }
            }
            Map<UUID, StoredRecord> found = stores.records().findAll(c, org, new ArrayList<>(recordIds));
            for (UUID id : recordIds) {
                push.records().put(id, Optional.ofNullable(found.get(id)));
            }
            List<ChangeResult> results = new ArrayList<>(changes.size());
            for (Parsed one : parsed) {
                results.add(one.change() != null ? pushOne(push, batch, one.change()) : one.rejected());
            }
            stores.audit().appendAll(c, org, push.audit());
            stores.appliedChanges().insertAll(c, org, principal.userId(), batch.inserted);
            summaryLog.appendAll(c, org, push.summary());
            if (seqs.last != before) {
                stores.counter().store(c, org, seqs.last);
            }
            return new Wire.PushResponse(results, SyncHistory.current(c), seqs.last);
        });
        pushed.accept(org);
        return answered;
    }

    /** One change of the body: parsed, or already rejected by the envelope checks. */
    private record Parsed(Change change, ChangeResult rejected) {}

    /** What one push has learnt so far: applied changes (read once, then added to) and reachable beneficiaries. */
    private static final class Batch {
        final Map<UUID, AppliedChange> applied;
        final List<AppliedChangeStore.NewAppliedChange> inserted = new ArrayList<>();
        final Map<UUID, Boolean> reach = new HashMap<>();
        final Map<UUID, Boolean> erased = new HashMap<>();
        /** Beneficiaries this push records a new interview of: a visit, where the person rates with the counsellor. */
        final Set<UUID> visits = new HashSet<>();

        Batch(Map<UUID, AppliedChange> applied) {
            this.applied = applied;
        }
    }

    private static List<JsonNode> readBody(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw Refusal.invalid("invalid_body", "The body must be a JSON object {\"protocol\":1,\"changes\":[...]}.");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!Wire.PushRequest.PROPERTIES.contains(name)) {
                throw Refusal.invalid("invalid_body", "Unknown field in body: " + Change.truncate(name) + ".");
            }
        }
        JsonNode protocol = body.get("protocol");
        if (protocol == null || !protocol.isIntegralNumber() || protocol.intValue() != PROTOCOL_VERSION) {
            throw Refusal.invalid("unsupported_protocol", "This server speaks sync protocol version 1 only.");
        }
        JsonNode changes = body.get("changes");
        if (changes == null || !changes.isArray()) {
            throw Refusal.invalid("invalid_body", "changes must be a JSON array.");
        }
        if (changes.size() > MAX_CHANGES) {
            throw new Refusal(
                    Refusal.Reason.TOO_LARGE, "too_many_changes", "At most " + MAX_CHANGES + " changes per request.");
        }
        List<JsonNode> list = new ArrayList<>();
        changes.forEach(list::add);
        return list;
    }

    private ChangeResult pushOne(RecordWriter.Push push, Batch batch, Change change) throws SQLException {
        String changeId = change.changeId().toString();
        Optional<AppliedChange> previous = Optional.ofNullable(batch.applied.get(change.changeId()));
        if (previous.isPresent()) {
            if (previous.get().contentHash().equals(change.contentHash())) {
                return Json.MAPPER
                        .convertValue(Json.parseObject(previous.get().result()), ChangeResult.class)
                        .asDuplicate();
            }
            return ChangeResult.rejected(
                    changeId,
                    409,
                    ChangeResult.CHANGE_ID_REUSED,
                    "This change id was already used for a different change.");
        }
        ChangeResult result;
        try {
            result = apply(push, batch, change);
        } catch (ChangeRejected rejected) {
            return rejected.result(changeId);
        }
        String stored = Json.MAPPER.valueToTree(result).toString();
        batch.applied.put(change.changeId(), new AppliedChange(change.contentHash(), stored));
        batch.inserted.add(
                new AppliedChangeStore.NewAppliedChange(change.changeId(), change.contentHash(), stored, push.now()));
        return result;
    }

    private ChangeResult apply(RecordWriter.Push push, Batch batch, Change change) throws SQLException, ChangeRejected {
        Principal principal = push.principal();
        KindSchema schema = RecordSchemas.find(change.kind()).orElseThrow();
        if ("beneficiary".equals(change.kind()) && !change.recordId().equals(change.beneficiaryId())) {
            throw ChangeRejected.invalid("A beneficiary record's beneficiaryId must equal its id.");
        }
        if (erased(push, batch, change.beneficiaryId())) {
            throw ChangeRejected.erased();
        }
        Optional<StoredRecord> existing = push.record(stores, change.recordId());
        if (existing.isPresent()) {
            StoredRecord current = existing.get();
            if (!mayReach(push, batch, current.beneficiaryId())) {
                throw ChangeRejected.notFound();
            }
            if (!current.kind().equals(change.kind())
                    || !current.beneficiaryId().equals(change.beneficiaryId())) {
                throw ChangeRejected.invalid("This record id already belongs to another kind or beneficiary.");
            }
        } else if (!mayCreate(push, batch, change)) {
            throw ChangeRejected.notFound();
        }
        if (RecordSchemas.CONFLICT.equals(change.kind()) && (existing.isEmpty() || change.delete())) {
            throw ChangeRejected.invalid("Conflicts are created by the server; a device can only resolve them.");
        }
        if (change.delete()) {
            if (schema.appendOnly()) {
                throw ChangeRejected.invalid("A " + change.kind() + " is append-only: it is never deleted.");
            }
            if (existing.isEmpty()) {
                throw ChangeRejected.notFound();
            }
            rights.check(push, change, existing, batch.visits);
            return writer.delete(push, change, existing.get());
        }
        if (existing.isEmpty() && change.baseVersion() != 0) {
            throw ChangeRejected.notFound(); // an edit of a record this organisation does not have
        }
        DeclaredBy.write(change, existing, principal.role());
        // a revival (keeping a record deleted elsewhere) brings the whole record back, like a create
        rules.checkValues(schema, change, existing.isEmpty() || RecordWriter.revives(change, existing.get()));
        if (RecordSchemas.WORK_OBSERVATION.equals(change.kind()) && principal.role() == Role.WORK_SUPERVISOR) {
            observedBy(push, change, existing);
        }
        if (existing.isEmpty()) {
            amendments.check(push, change);
            rights.check(push, change, existing, batch.visits);
            Amendments.writeAuthor(change, principal.user().displayName());
            if ("consent".equals(change.kind())) {
                // who recorded a consent is the account that pushes it, whatever the device says
                change.fields().put("recordedBy", principal.user().displayName());
            }
            rules.checkContact(push, change, existing);
            if (RecordSchemas.QUESTIONNAIRE_RESPONSE.equals(change.kind())) {
                questionnaireAnswers.check(push.c(), principal.organisationId(), change);
            }
            ChangeResult created = writer.create(push, change);
            afterCreate(push, batch, change);
            return created;
        }
        if (schema.appendOnly()) {
            throw ChangeRejected.invalid("A " + change.kind() + " is append-only: it cannot be changed once sent.");
        }
        rights.check(push, change, existing, batch.visits);
        rules.checkContact(push, change, existing);
        return writer.merge(push, change, existing.get());
    }

    /**
     * Who observed is the account that pushes the observation, whatever the device says (as a consent's recordedBy):
     * written on a create and on an edit that sends it. A new observation without a team takes the person's current
     * team.
     */
    private void observedBy(RecordWriter.Push push, Change change, Optional<StoredRecord> existing)
            throws SQLException {
        if (existing.isEmpty() || change.fields().has("observedBy")) {
            change.fields().put("observedBy", push.principal().user().displayName());
        }
        JsonNode team = change.fields().get("workTeam");
        if (existing.isEmpty() && (team == null || team.isNull())) {
            workTeams
                    .teamOfMember(push.c(), push.principal().organisationId(), change.beneficiaryId())
                    .ifPresent(current -> change.fields().put("workTeam", current));
        }
    }

    /** A counsellor may create a new beneficiary (it joins their caseload); otherwise the scope rules. */
    private boolean mayCreate(RecordWriter.Push push, Batch batch, Change change) throws SQLException {
        Principal principal = push.principal();
        if (principal.role() == Role.COUNSELLOR && "beneficiary".equals(change.kind())) {
            // Only a beneficiary nobody has records of yet: an id must not open someone else's file.
            return !stores.records().anyOfBeneficiary(push.c(), principal.organisationId(), change.beneficiaryId());
        }
        return mayReach(push, batch, change.beneficiaryId());
    }

    /** Whether the person was erased (an offline phone must not bring them back), asked once per push. */
    private boolean erased(RecordWriter.Push push, Batch batch, UUID beneficiaryId) throws SQLException {
        Boolean known = batch.erased.get(beneficiaryId);
        if (known == null) {
            known = erasures.isErased(push.c(), push.principal().organisationId(), beneficiaryId);
            batch.erased.put(beneficiaryId, known);
        }
        return known;
    }

    /** The access check, asked once per beneficiary and push (the caseload is read in the push's transaction). */
    private boolean mayReach(RecordWriter.Push push, Batch batch, UUID beneficiaryId) throws SQLException {
        Boolean known = batch.reach.get(beneficiaryId);
        if (known == null) {
            known = access.mayReach(push.c(), push.principal(), beneficiaryId);
            batch.reach.put(beneficiaryId, known);
        }
        return known;
    }

    private void afterCreate(RecordWriter.Push push, Batch batch, Change change) throws SQLException {
        Principal principal = push.principal();
        if ("beneficiary".equals(change.kind()) && principal.role() == Role.COUNSELLOR) {
            if (stores.caseloads().add(push.c(), principal.userId(), change.beneficiaryId())) {
                // the person's first referent: the counsellor who created them
                referents.append(
                        push.c(),
                        principal.organisationId(),
                        change.beneficiaryId(),
                        principal.userId(),
                        Referent.Change.START,
                        push.now(),
                        principal.userId());
            }
            batch.reach.put(change.beneficiaryId(), true);
        }
        if ("consent".equals(change.kind())) {
            stores.consents()
                    .record(
                            push.c(),
                            principal.organisationId(),
                            change.beneficiaryId(),
                            change.fields().get("category").asText(),
                            change.fields().get("granted").asBoolean(),
                            java.time.Instant.parse(
                                    change.fields().get("recordedAt").asText()));
        }
    }
}
