package org.jalons.server.service;

import org.jalons.protocol.Wire.ChangeResult;

/**
 * Thrown while checking one change, before anything of it is written; becomes a REJECTED result
 * carrying the HTTP-style {@code code}, a stable machine-readable {@code error} and a plain-words reason.
 */
final class ChangeRejected extends Exception {

    /** Stable codes of per-change refusals (PROTOCOL.md, "Push"): the app maps them to messages. */
    static final String INVALID = "invalid_change";

    static final String NOT_FOUND = "not_found";
    static final String CONSENT_MISSING = "consent_missing";
    static final String CLOCK_SKEW = "clock_skew";
    static final String PERSON_ERASED = "person_erased";

    final int code;
    final String error;

    ChangeRejected(int code, String error, String reason) {
        super(reason, null, false, false);
        this.code = code;
        this.error = error;
    }

    static ChangeRejected invalid(String reason) {
        return invalid(INVALID, reason);
    }

    static ChangeRejected invalid(String error, String reason) {
        return new ChangeRejected(422, error, reason);
    }

    static ChangeRejected notFound() {
        return new ChangeRejected(404, NOT_FOUND, "This record does not exist or is out of your reach.");
    }

    /** The person was erased from the organisation: nothing about them is taken any more. */
    static ChangeRejected erased() {
        return new ChangeRejected(
                410, PERSON_ERASED, "This person's file was erased from the organisation; nothing about them is kept.");
    }

    static ChangeRejected forbidden(String error, String reason) {
        return new ChangeRejected(403, error, reason);
    }

    /** The REJECTED result of the change {@code changeId} (as sent), for this refusal. */
    ChangeResult result(String changeId) {
        return ChangeResult.rejected(changeId, code, error, getMessage());
    }
}
