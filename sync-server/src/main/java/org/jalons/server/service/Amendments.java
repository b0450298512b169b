package org.jalons.server.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.Stores;

/**
 * A correction of an append-only record (PROTOCOL.md, "Amendments"): a new record of the same kind and person whose
 * {@code amends} names the original, never another amendment. The server writes who amended ({@code amendedBy}).
 */
final class Amendments {

    /** Stable code: {@code amends} names an amendment; a correction always names the original. */
    static final String AMENDS_AN_AMENDMENT = "amends_an_amendment";

    /** Stable code: {@code amends} names nothing in reach, or a record of another kind or person. */
    static final String AMENDS_OUT_OF_REACH = "amends_out_of_reach";

    /** Stable code: a check-in's correction changes its goal, voice, rating or moment; it may change only words. */
    static final String AMENDS_CHANGES_THE_RATING = "amends_changes_the_rating";

    /** Kinds whose corrections carry {@code amendedAt}, given with {@code amends} and only with it. */
    private static final java.util.Set<String> DATED = java.util.Set.of("interview", "checkIn");

    private final Stores stores;

    Amendments(Stores stores) {
        this.stores = stores;
    }

    /** Refuses (422) a create whose {@code amends} does not name an original of the same kind and person. */
    void check(RecordWriter.Push push, Change change) throws SQLException, ChangeRejected {
        if (!RecordSchema.AMENDABLE.contains(change.kind())) {
            return;
        }
        ObjectNode fields = change.fields();
        UUID amends = amends(fields);
        boolean dated = fields.hasNonNull("amendedAt");
        if (DATED.contains(change.kind()) && dated != (amends != null)) {
            throw ChangeRejected.invalid("amendedAt is given with amends, and only with it.");
        }
        if (amends == null) {
            return;
        }
        if (amends.equals(change.recordId())) {
            throw ChangeRejected.invalid(AMENDS_OUT_OF_REACH, "A record cannot amend itself.");
        }
        Optional<StoredRecord> original = push.record(stores, amends);
        if (original.isEmpty()
                || original.get().deleted()
                || !original.get().kind().equals(change.kind())
                || !original.get().beneficiaryId().equals(change.beneficiaryId())) {
            throw ChangeRejected.invalid(
                    AMENDS_OUT_OF_REACH, "amends must name a " + change.kind() + " of the same person.");
        }
        if (amends(original.get().fields()) != null) {
            throw ChangeRejected.invalid(
                    AMENDS_AN_AMENDMENT, "amends must name the original record, not one of its amendments.");
        }
        if ("checkIn".equals(change.kind())) {
            for (String kept : RecordSchema.CHECK_IN_KEPT_BY_CORRECTIONS) {
                if (!original.get().fields().path(kept).equals(fields.path(kept))) {
                    throw ChangeRejected.invalid(
                            AMENDS_CHANGES_THE_RATING,
                            "A check-in's correction keeps the original's " + kept + ": it corrects words only.");
                }
            }
        }
    }

    /** Who amended is the account that pushes, whatever the device says; a record that amends nothing has no one. */
    static void writeAuthor(Change change, String displayName) {
        if (!RecordSchema.AMENDABLE.contains(change.kind())) {
            return;
        }
        if (amends(change.fields()) != null) {
            change.fields().put("amendedBy", displayName);
        } else {
            change.fields().remove("amendedBy");
        }
    }

    private static UUID amends(ObjectNode fields) {
        JsonNode value = fields.path("amends");
        return value.isTextual() ? UUID.fromString(value.asText()) : null;
    }
}
