package org.jalons.journal;

/** What a journal entry is, as the journal's filter offers it (one word and one pictogram each). */
public enum JournalKind {
    INTERVIEW,
    CHECK_IN,
    NOTE,
    GOAL,
    STEP,
    TRAINING,
    MILESTONE,
    CONSENT
}
