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
    CONSENT,
    /** An observation at work by the work supervisor (the third voice), with the person's answer. */
    AT_WORK
}
