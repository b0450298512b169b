package org.jalons.domain;

import java.util.Arrays;
import java.util.Optional;

/** Every kind of record that syncs, its wire name, and how concurrent edits of it are reconciled. */
public enum RecordKind {
    BENEFICIARY("beneficiary", Beneficiary.class, Policy.MUTABLE),
    BARRIER("barrier", Barrier.class, Policy.MUTABLE),
    GOAL("goal", Goal.class, Policy.MUTABLE),
    GOAL_STEP("goalStep", GoalStep.class, Policy.MUTABLE),
    TRAINING("training", Training.class, Policy.MUTABLE),
    CHECK_IN("checkIn", CheckIn.class, Policy.APPEND_ONLY),
    QUESTIONNAIRE_RESPONSE("questionnaireResponse", QuestionnaireResponse.class, Policy.APPEND_ONLY),
    INTERVIEW("interview", Interview.class, Policy.APPEND_ONLY),
    NOTE("note", Note.class, Policy.APPEND_ONLY),
    EXIT("exit", Exit.class, Policy.MUTABLE),
    FOLLOW_UP("followUp", FollowUp.class, Policy.MUTABLE),
    CONSENT("consent", Consent.class, Policy.APPEND_ONLY),
    CONFLICT("conflict", Conflict.class, Policy.MUTABLE);

    /** Append-only records never conflict; mutable ones merge field by field against the version an edit started from. */
    public enum Policy {
        MUTABLE,
        APPEND_ONLY
    }

    private final String wireName;
    private final Class<? extends JalonsRecord> type;
    private final Policy policy;

    RecordKind(String wireName, Class<? extends JalonsRecord> type, Policy policy) {
        this.wireName = wireName;
        this.type = type;
        this.policy = policy;
    }

    public String wireName() {
        return wireName;
    }

    public Class<? extends JalonsRecord> type() {
        return type;
    }

    public Policy policy() {
        return policy;
    }

    public boolean isAppendOnly() {
        return policy == Policy.APPEND_ONLY;
    }

    public static Optional<RecordKind> fromWire(String name) {
        return Arrays.stream(values()).filter(k -> k.wireName.equals(name)).findFirst();
    }

    public static RecordKind of(Class<? extends JalonsRecord> type) {
        return Arrays.stream(values())
                .filter(k -> k.type == type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a synced record type: " + type));
    }
}
