package org.jalons.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.RecordKind;
import org.jalons.domain.WriteRights;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordTable;

/**
 * Which imported records this phone's account takes over as its own writes: those the write-rights table (the app's
 * copy of the server's) lets it create. The others, and those that refer to one of them (a step, check-in or training
 * of such a goal, a follow-up of such an exit, a shared word of such words), are the former structure's history: kept,
 * never sent.
 */
final class ImportHandOver {
    private static final List<String> REFERENCES = List.of("goalId", "exitId", "recordId");

    private final LocalStore store;
    private final Role role;

    ImportHandOver(LocalStore store, Role role) {
        this.store = store;
        this.role = role;
    }

    /** The records of {@code records} this account may not create (or that refer to one), in file order. */
    List<JalonsRecord> history(List<JalonsRecord> records) {
        List<JalonsRecord> writable = new ArrayList<>(records);
        List<JalonsRecord> history = new ArrayList<>();
        Map<UUID, Goal> goals = new HashMap<>();
        records.stream().filter(Goal.class::isInstance).map(Goal.class::cast).forEach(g -> goals.put(g.id(), g));
        Set<String> historyIds = new HashSet<>();
        boolean moved = true;
        while (moved) {
            moved = false;
            for (JalonsRecord r : new ArrayList<>(writable)) {
                Map<String, Object> wire = wire(r);
                boolean refersToHistory = REFERENCES.stream()
                        .map(wire::get)
                        .filter(Objects::nonNull)
                        .map(Object::toString)
                        .anyMatch(historyIds::contains);
                if (refersToHistory || !mayCreate(r, wire, goals)) {
                    writable.remove(r);
                    history.add(r);
                    historyIds.add(r.id().toString());
                    goals.remove(r.id());
                    moved = true;
                }
            }
        }
        history.sort(java.util.Comparator.comparingInt(records::indexOf));
        return history;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, Object> wire(JalonsRecord r) {
        RecordTable table = RecordTable.of(RecordKind.of(r.getClass()));
        return table.mapper().toWire(r);
    }

    private boolean mayCreate(JalonsRecord r, Map<String, Object> wire, Map<UUID, Goal> goals) {
        Set<String> fields = new HashSet<>();
        wire.forEach((name, value) -> {
            if (value != null) {
                fields.add(name);
            }
        });
        return WriteRights.allows(
                role,
                RecordKind.of(r.getClass()).wireName(),
                WriteRights.Operation.CREATE,
                fields,
                condition -> holds(condition, wire, goals));
    }

    /**
     * The conditions of the table an import can meet, every term of them; a visit's (a new interview in the same push)
     * and "created by the person's account" are not.
     */
    private boolean holds(String condition, Map<String, Object> wire, Map<UUID, Goal> goals) {
        if (condition.equals(WriteRights.DECLARED_AND_NOT_CERTIFIED)) {
            return false;
        }
        int from = 0;
        while (true) {
            int plus = condition.indexOf('+', from);
            String term = condition.substring(from, plus < 0 ? condition.length() : plus);
            if (!holdsTerm(term, wire, goals)) {
                return false;
            }
            if (plus < 0) {
                return true;
            }
            from = plus + 1;
        }
    }

    private boolean holdsTerm(String term, Map<String, Object> wire, Map<UUID, Goal> goals) {
        return switch (term) {
            case WriteRights.NOT_CERTIFIED -> !"CERTIFIEE".equals(String.valueOf(wire.get("status")));
            case WriteRights.STEP_OF_OWN_GOAL -> ownGoal(wire.get("goalId"), goals);
            // a note that corrects another corrects one of the same voice
            case WriteRights.AMENDS_OWN_VOICE ->
                wire.get("amends") == null
                        || store.notes()
                                .find(UUID.fromString(wire.get("amends").toString()))
                                .map(n -> String.valueOf(n.authorRole()).equals(String.valueOf(wire.get("authorRole"))))
                                .orElse(false);
            default -> {
                int equals = term.indexOf('=');
                yield equals > 0
                        && term.substring(equals + 1).equals(String.valueOf(wire.get(term.substring(0, equals))));
            }
        };
    }

    private boolean ownGoal(Object goalId, Map<UUID, Goal> goals) {
        if (goalId == null) {
            return false;
        }
        UUID id = UUID.fromString(goalId.toString());
        Goal goal =
                goals.containsKey(id) ? goals.get(id) : store.goals().find(id).orElse(null);
        return goal != null && goal.proposedBy() == ProposedBy.BENEFICIARY;
    }
}
