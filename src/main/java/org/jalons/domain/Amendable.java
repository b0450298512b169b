package org.jalons.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An append-only record that can be corrected (PROTOCOL.md, "Amendments"): a correction is a new record of the same
 * kind whose {@link #amends()} is the original's id (never another correction's), carrying the whole current text.
 */
public interface Amendable {
    UUID id();

    /** The original this record corrects; null for an original. */
    UUID amends();

    /** Who corrected it (the server writes the account's name); null for an original or before the server wrote it. */
    String amendedBy();

    /** When this correction was written: the order of a chain's versions (an original's is never asked). */
    Instant correctedAt();

    /** The id of the chain's original: its own for an original. */
    default UUID original() {
        return amends() == null ? id() : amends();
    }
}
