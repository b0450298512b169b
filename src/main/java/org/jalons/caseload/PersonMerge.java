package org.jalons.caseload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.Amendable;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordMapper;
import org.jalons.storage.RecordRepository;
import org.jalons.storage.RecordTable;

/**
 * Two files of one person made into one (docs/APP.md, "A new person and likely duplicates"). One file is kept; every
 * record of the other is written again under the kept person (new ids, the same content, references between them
 * following), then the other's records and its file are deleted (tombstones): all of it goes to the outbox in one
 * transaction. Fields of the file that differ are the counsellor's choice; free texts that differ are both kept.
 */
public final class PersonMerge {
    /** Which file's value a differing field takes; {@code BOTH} for free texts, one after the other. */
    public enum Side {
        KEPT,
        OTHER,
        BOTH
    }

    /** A field of the file whose value differs between the two. */
    public record Difference(String field, Object kept, Object other, boolean freeText) {}

    /** The fields compared; the eligibility criteria are not a choice: the merged file has those of both. */
    static final List<String> COMPARED = List.of(
            "displayName", "contact", "entryDate", "contractType", "educationLevel", "site", "phone", "address");

    static final Set<String> FREE_TEXTS = Set.of("contact", "address");

    /**
     * The other's records are written again in this order: consents first (what follows may need them), shared words
     * after the words they share (they follow those words' new ids).
     */
    static final List<RecordKind> MOVED = List.of(
            RecordKind.CONSENT,
            RecordKind.BARRIER,
            RecordKind.GOAL,
            RecordKind.GOAL_STEP,
            RecordKind.TRAINING,
            RecordKind.CHECK_IN,
            RecordKind.QUESTIONNAIRE_RESPONSE,
            RecordKind.INTERVIEW,
            RecordKind.NOTE,
            RecordKind.SHARED_WORD,
            RecordKind.EXIT,
            RecordKind.FOLLOW_UP);

    private static final RecordMapper<Beneficiary> FILE =
            RecordTable.of(Beneficiary.class).mapper();

    private final LocalStore store;
    private final Beneficiary kept;
    private final Beneficiary other;
    private final Map<String, Side> choices = new HashMap<>();

    private PersonMerge(LocalStore store, Beneficiary kept, Beneficiary other) {
        this.store = store;
        this.kept = kept;
        this.other = other;
        for (Difference d : differences()) {
            choices.put(d.field(), d.freeText() ? Side.BOTH : d.kept() == null ? Side.OTHER : Side.KEPT);
        }
    }

    /**
     * The merge of two files, or empty when both hold what the person wrote themselves (their ratings, their notes):
     * a counsellor's account may not write those again, so only the file that holds them can be kept. Otherwise the
     * file created first (ids are time-ordered) is kept, so two phones merging the same pair keep the same file.
     */
    public static Optional<PersonMerge> of(LocalStore store, UUID a, UUID b) {
        Beneficiary first = store.beneficiaries().find(a).orElseThrow();
        Beneficiary second = store.beneficiaries().find(b).orElseThrow();
        if (first.id().compareTo(second.id()) > 0) {
            Beneficiary swap = first;
            first = second;
            second = swap;
        }
        boolean firstWrote = personWrote(store, first.id());
        boolean secondWrote = personWrote(store, second.id());
        if (firstWrote && secondWrote) {
            return Optional.empty();
        }
        return Optional.of(secondWrote ? new PersonMerge(store, second, first) : new PersonMerge(store, first, second));
    }

    /**
     * Whether the file holds words a counsellor's account may not write again: the person's own ratings and notes,
     * or observations at work (their work supervisor's voice).
     */
    private static boolean personWrote(LocalStore store, UUID who) {
        return !store.workObservations().forBeneficiary(who).isEmpty()
                || java.util.stream.Stream.concat(
                                store.checkIns().forBeneficiary(who).stream(),
                                store.notes().forBeneficiary(who).stream())
                        .anyMatch(PersonMerge::personsOwn);
    }

    public Beneficiary kept() {
        return kept;
    }

    public Beneficiary other() {
        return other;
    }

    public List<Difference> differences() {
        Map<String, Object> k = FILE.toWire(kept);
        Map<String, Object> o = FILE.toWire(other);
        List<Difference> out = new ArrayList<>();
        for (String field : COMPARED) {
            if (!Objects.equals(k.get(field), o.get(field)) && o.get(field) != null) {
                out.add(new Difference(
                        field, k.get(field), o.get(field), FREE_TEXTS.contains(field) && k.get(field) != null));
            }
        }
        return out;
    }

    public Side choice(String field) {
        return choices.getOrDefault(field, Side.KEPT);
    }

    public void choose(String field, Side side) {
        choices.put(field, side);
    }

    /** The kept file as it will be: the chosen values, both free texts where both are kept, every criterion of both. */
    public Beneficiary merged() {
        Map<String, Object> wire = new LinkedHashMap<>(FILE.toWire(kept));
        Map<String, Object> o = FILE.toWire(other);
        for (Difference d : differences()) {
            wire.put(
                    d.field(),
                    switch (choice(d.field())) {
                        case KEPT -> d.kept();
                        case OTHER -> d.other();
                        case BOTH -> d.kept() + "\n" + d.other();
                    });
        }
        Set<Object> eligibility = new LinkedHashSet<>(list(wire.get("eligibility")));
        eligibility.addAll(list(o.get("eligibility")));
        wire.put("eligibility", new ArrayList<>(eligibility));
        if (wire.get("referentCounsellorId") == null) {
            wire.put("referentCounsellorId", o.get("referentCounsellorId"));
        }
        return FILE.fromWire(kept.id(), kept.id(), wire);
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    /** What the merge wrote: how many records moved to the kept file. */
    public record Result(UUID kept, int moved) {}

    /**
     * Writes the merge in one transaction: the other's consents under the kept person, the merged file, the other's
     * records under the kept person, the kept person's own latest consents again where they were recorded later than
     * the other's (the latest decision stays in force), then the other's records and file deleted.
     */
    public Result merge() {
        Beneficiary merged = merged();
        merged.validate();
        int[] moved = {0};
        store.inOneTransaction(() -> {
            Map<ConsentCategory, Consent> keptLatest = latest(store.consents().history(kept.id()));
            List<Consent> otherConsents = new ArrayList<>(store.consents().history(other.id()));
            Map<ConsentCategory, Consent> otherLatest = latest(otherConsents);
            otherConsents.sort(Comparator.comparing(Consent::recordedAt)); // oldest first: the latest stays in force
            Map<UUID, UUID> newIds = new HashMap<>();
            for (Consent c : otherConsents) {
                moved[0] += write(RecordKind.CONSENT, c, newIds);
            }
            store.beneficiaries().save(merged);
            for (RecordKind kind : MOVED.subList(1, MOVED.size())) {
                List<JalonsRecord> records =
                        new ArrayList<>(store.repository(kind).forBeneficiary(other.id()));
                // originals before their corrections, so that a correction's amends follows its original's new id
                records.sort(Comparator.comparing(r -> r instanceof Amendable a && a.amends() != null));
                for (JalonsRecord r : records) {
                    if (r instanceof SharedWord w && !newIds.containsKey(w.recordId())) {
                        continue; // words that are not in the other file: nothing of the kept person to share
                    }
                    moved[0] += write(kind, r, newIds);
                }
            }
            keptLatest.forEach((category, mine) -> {
                Consent theirs = otherLatest.get(category);
                if (theirs != null && mine.recordedAt().isAfter(theirs.recordedAt())) {
                    store.consents()
                            .save(new Consent(
                                    JalonsRecord.newId(),
                                    kept.id(),
                                    category,
                                    mine.granted(),
                                    mine.recordedAt(),
                                    mine.recordedBy()));
                }
            });
            List<RecordKind> lastFirst = new ArrayList<>(MOVED);
            java.util.Collections.reverse(lastFirst); // a goal's steps before the goal, a follow-up before its exit
            for (RecordKind kind : lastFirst) {
                if (!kind.isAppendOnly()) {
                    for (JalonsRecord r : store.repository(kind).forBeneficiary(other.id())) {
                        store.repository(kind).delete(r.id());
                    }
                }
            }
            store.beneficiaries().delete(other.id());
        });
        return new Result(kept.id(), moved[0]);
    }

    private static Map<ConsentCategory, Consent> latest(List<Consent> history) {
        Map<ConsentCategory, Consent> out = new EnumMap<>(ConsentCategory.class);
        for (Consent c : history) {
            out.merge(c.category(), c, (a, b) -> b.recordedAt().isAfter(a.recordedAt()) ? b : a);
        }
        return out;
    }

    /** The record again under the kept person, with a new id and its references to moved records following. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private int write(RecordKind kind, JalonsRecord r, Map<UUID, UUID> newIds) {
        RecordMapper mapper = RecordTable.of(kind).mapper();
        Map<String, Object> wire = new LinkedHashMap<>(mapper.toWire(r));
        for (String reference : List.of("goalId", "exitId", "amends", "recordId")) {
            if (mapper.hasField(reference) && wire.get(reference) instanceof String id) {
                UUID moved = newIds.get(UUID.fromString(id));
                if (moved != null) {
                    wire.put(reference, moved.toString());
                }
            }
        }
        UUID id = JalonsRecord.newId();
        newIds.put(r.id(), id);
        ((RecordRepository) store.repository(kind)).save(mapper.fromWire(id, kept.id(), wire));
        return 1;
    }

    /** Records the person wrote themselves: only their own account may write them (a counsellor's is refused). */
    static boolean personsOwn(JalonsRecord r) {
        return (r instanceof CheckIn c && c.rater() == Rater.BENEFICIARY)
                || (r instanceof Note n && n.authorRole() == Rater.BENEFICIARY);
    }
}
