package org.jalons.server.model;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of a person's referent history (migration V28), with the names the organisation knows the counsellor
 * and the admin by: plain data, read by the store and answered by the admin's route.
 */
public record Referent(
        UUID counsellorId, String counsellorName, Change change, Instant changedAt, UUID changedBy, String byName) {

    /** A counsellor became ({@code START}) or stopped being ({@code END}) the person's referent. */
    public enum Change {
        START,
        END
    }
}
