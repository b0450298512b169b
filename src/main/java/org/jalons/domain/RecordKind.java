package org.jalons.domain;

import java.util.Arrays;
import java.util.Optional;
import org.jalons.protocol.RecordSchema;

/** Every kind of record that syncs, its Java type, and its schema in the protocol (wire name, merge policy, fields). */
public enum RecordKind {
    BENEFICIARY(RecordSchema.BENEFICIARY, Beneficiary.class),
    BARRIER(RecordSchema.BARRIER, Barrier.class),
    GOAL(RecordSchema.GOAL, Goal.class),
    GOAL_STEP(RecordSchema.GOAL_STEP, GoalStep.class),
    TRAINING(RecordSchema.TRAINING, Training.class),
    CHECK_IN(RecordSchema.CHECK_IN, CheckIn.class),
    QUESTIONNAIRE_RESPONSE(RecordSchema.QUESTIONNAIRE_RESPONSE, QuestionnaireResponse.class),
    INTERVIEW(RecordSchema.INTERVIEW, Interview.class),
    NOTE(RecordSchema.NOTE, Note.class),
    SHARED_WORD(RecordSchema.SHARED_WORD, SharedWord.class),
    WORK_OBSERVATION(RecordSchema.WORK_OBSERVATION, WorkObservation.class),
    EXIT(RecordSchema.EXIT, Exit.class),
    FOLLOW_UP(RecordSchema.FOLLOW_UP, FollowUp.class),
    CONSENT(RecordSchema.CONSENT, Consent.class),
    CONFLICT(RecordSchema.CONFLICT, Conflict.class);

    /** Append-only records never conflict; mutable ones merge field by field against the version an edit started from. */
    public enum Policy {
        MUTABLE,
        APPEND_ONLY
    }

    private final String wireName;
    private final Class<? extends JalonsRecord> type;
    private final Policy policy;

    RecordKind(RecordSchema schema, Class<? extends JalonsRecord> type) {
        this.wireName = schema.wireName();
        this.type = type;
        this.policy = schema.appendOnly() ? Policy.APPEND_ONLY : Policy.MUTABLE;
    }

    /** The kind's fields and their limits, as the protocol defines them. */
    public RecordSchema schema() {
        return RecordSchema.fromWire(wireName).orElseThrow();
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
