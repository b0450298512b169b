package org.jalons.syncui;

import java.util.UUID;

/**
 * One open conflict as the conflicts screen shows it: which record of whose file, which field, both values in
 * words and as the JSON to keep, and whether the two may be combined into a new text.
 */
public record ConflictItem(
        UUID id,
        String record,
        String person,
        String field,
        String serverText,
        String phoneText,
        String serverJson,
        String phoneJson,
        boolean combinable,
        String combinedDraft) {}
