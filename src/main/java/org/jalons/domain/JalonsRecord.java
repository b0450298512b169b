package org.jalons.domain;

import java.util.List;
import java.util.UUID;

/**
 * A record of a person's parcours. Every record belongs to one beneficiary: that is the unit of access,
 * consent and sync scope. Ids are generated on the device, so creating a record never needs the network.
 */
public interface JalonsRecord {
    UUID id();

    UUID beneficiaryId();

    /** The rules this record breaks, empty when it is valid. */
    List<Violation> violations();

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
