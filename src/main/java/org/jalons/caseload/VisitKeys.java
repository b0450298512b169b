package org.jalons.caseload;

import java.util.UUID;
import org.jalons.storage.DraftKey;

/** Draft keys shared by the file (which offers to resume) and the visit screens (which write them). */
public final class VisitKeys {
    private VisitKeys() {}

    public static DraftKey visit(UUID beneficiaryId) {
        return DraftKey.of(DraftKey.Form.VISIT, beneficiaryId);
    }

    public static DraftKey questionnaire(UUID beneficiaryId) {
        return DraftKey.of(DraftKey.Form.QUESTIONNAIRE, beneficiaryId);
    }
}
