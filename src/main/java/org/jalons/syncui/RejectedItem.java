package org.jalons.syncui;

import java.util.UUID;
import org.jalons.domain.RecordKind;

/**
 * A change the server refused, as the person reads it: what, whose file, when, why in plain words and what to do;
 * {@code canRetry} is false when sending it again unchanged would only be refused again (the reason then says how
 * to fix it or to give it up). The server's own sentence is for the log only. {@code kind}, {@code recordId},
 * {@code beneficiaryId} and {@code deletion} say which record it is about, to open it and fix it there.
 */
public record RejectedItem(
        UUID changeId,
        String record,
        String person,
        String when,
        String reason,
        boolean canRetry,
        RecordKind kind,
        UUID recordId,
        UUID beneficiaryId,
        boolean deletion) {}
