package org.jalons.journal;

/** What happened on an entry's day; several events can be of one kind (a goal opened, then reached). */
public enum JournalEvent {
    INTERVIEW(JournalKind.INTERVIEW),
    CHECK_IN(JournalKind.CHECK_IN),
    NOTE(JournalKind.NOTE),
    GOAL_OPENED(JournalKind.GOAL),
    GOAL_CLOSED(JournalKind.GOAL),
    STEP_DONE(JournalKind.STEP),
    TRAINING_STARTED(JournalKind.TRAINING),
    TRAINING_ENDED(JournalKind.TRAINING),
    EXIT(JournalKind.MILESTONE),
    FOLLOW_UP(JournalKind.MILESTONE),
    CONSENT_GIVEN(JournalKind.CONSENT),
    CONSENT_WITHDRAWN(JournalKind.CONSENT),
    AT_WORK(JournalKind.AT_WORK);

    private final JournalKind kind;

    JournalEvent(JournalKind kind) {
        this.kind = kind;
    }

    public JournalKind kind() {
        return kind;
    }
}
