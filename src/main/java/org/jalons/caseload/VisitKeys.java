package org.jalons.caseload;

import java.util.UUID;

/** Draft keys shared by the file (which offers to resume) and the visit screens (which write them). */
public final class VisitKeys {
    private VisitKeys() {}

    public static String visit(UUID beneficiaryId) {
        return "visit:" + beneficiaryId;
    }

    public static String questionnaire(UUID beneficiaryId) {
        return "questionnaire:" + beneficiaryId;
    }
}
