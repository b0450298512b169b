package org.jalons.server.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.SharedWords;

/**
 * What a {@code sharedWord} may point at: the person's own words of the same beneficiary, a note they wrote or the
 * comment of a check-in they rated themselves; and the goal they say the words speak about, one of their own goals.
 */
final class SharedWordRule {

    /** Stable code of a shared word whose {@code recordId} or {@code goalId} is not the person's own (422). */
    static final String NOT_OWN_WORDS = "not_own_words";

    private final Stores stores;

    SharedWordRule(Stores stores) {
        this.stores = stores;
    }

    void check(RecordWriter.Push push, UUID beneficiaryId, ObjectNode state) throws SQLException, ChangeRejected {
        Optional<StoredRecord> words = words(push, beneficiaryId, state);
        if (words.isEmpty() || !SharedWords.ownWords(words.get())) {
            throw ChangeRejected.invalid(
                    NOT_OWN_WORDS,
                    "recordId must be a note the person wrote, or a check-in they rated with a comment, of the same"
                            + " person.");
        }
        if (state.hasNonNull("goalId")) {
            Optional<StoredRecord> goal =
                    live(push, beneficiaryId, state.get("goalId").asText());
            if (goal.isEmpty() || !"goal".equals(goal.get().kind())) {
                throw ChangeRejected.invalid(NOT_OWN_WORDS, "goalId must be a goal of the same person.");
            }
        }
    }

    /** The category of the words shared (a shared word carries it, as any record derived from another). */
    String wordsCategory(RecordWriter.Push push, UUID beneficiaryId, ObjectNode state) throws SQLException {
        return words(push, beneficiaryId, state)
                .map(StoredRecord::sensitiveCategory)
                .orElse(null);
    }

    private Optional<StoredRecord> words(RecordWriter.Push push, UUID beneficiaryId, ObjectNode state)
            throws SQLException {
        return live(push, beneficiaryId, state.path("recordId").asText(""));
    }

    private Optional<StoredRecord> live(RecordWriter.Push push, UUID beneficiaryId, String id) throws SQLException {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return push.record(stores, uuid)
                .filter(r -> !r.deleted() && r.beneficiaryId().equals(beneficiaryId));
    }
}
