package org.jalons.server.service;

import java.util.Optional;
import org.jalons.protocol.RecordSchema;
import org.jalons.server.model.Role;
import org.jalons.server.model.StoredRecord;

/**
 * Who declared a training ({@code declaredBy}, PROTOCOL.md): written by the server when the training is created,
 * {@code BENEFICIARY} when the person's own account creates it, else {@code COUNSELLOR}, whatever the device sent;
 * never changed afterwards. It is information for the phone (which trainings the person may still edit); the write
 * rights rest on the server's own record of who created the training ({@code CREATED_BY_PERSON}, the audit log).
 */
final class DeclaredBy {
    static final String FIELD = "declaredBy";

    private DeclaredBy() {}

    /** Writes {@code declaredBy} into a training's change: the pusher's voice on a create, the stored one after. */
    static void write(Change change, Optional<StoredRecord> existing, Role pusher) {
        if (!RecordSchema.TRAINING.wireName().equals(change.kind()) || change.delete()) {
            return;
        }
        if (existing.isEmpty()) {
            change.fields().put(FIELD, pusher == Role.BENEFICIARY ? "BENEFICIARY" : "COUNSELLOR");
            return;
        }
        var stored = existing.get().fields().get(FIELD);
        if (stored != null && stored.isTextual()) {
            change.fields().put(FIELD, stored.asText());
        } else {
            change.fields().remove(FIELD);
        }
    }
}
