package org.jalons.caseload;

import java.util.UUID;

/** What an editor is opened about: a person, and the record to change (null for a new one). */
public record EditorTarget(UUID beneficiaryId, UUID recordId) {
    public static EditorTarget create(UUID beneficiaryId) {
        return new EditorTarget(beneficiaryId, null);
    }
}
