package org.jalons.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.ConsentCategory;

/**
 * A record of a person's parcours. Every record belongs to one beneficiary: that is the unit of access,
 * consent and sync scope. Ids are generated on the device, so creating a record never needs the network.
 */
public interface JalonsRecord {
    UUID id();

    UUID beneficiaryId();

    /** The rules this record breaks, empty when it is valid. */
    List<Violation> violations();

    /**
     * The consents (health, justice) this record's content needs, each with the field that needs it: the sync
     * server refuses the record without them (PROTOCOL.md, sensitive data), so the app says so before saving.
     */
    default Map<ConsentCategory, String> consentsNeeded() {
        return Map.of();
    }

    default void validate() {
        List<Violation> found = violations();
        if (!found.isEmpty()) {
            throw new ValidationException(found);
        }
    }

    static UUID newId() {
        return TimeOrderedIds.next();
    }
}
