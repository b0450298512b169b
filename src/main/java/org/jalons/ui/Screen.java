package org.jalons.ui;

/**
 * Every screen of the app. A root screen starts a new history (no back button); the others stack on the
 * current one. Every screen's route is in one table, {@code org.jalons.AppScreens}.
 */
public enum Screen {
    // Onboarding
    FIRST_RUN(true),
    CREATE_PROFILE(false),
    DEMO(false),
    UNLOCK(true),

    // Counsellor: caseload, beneficiary file, editors (org.jalons.caseload)
    COUNSELLOR_HOME(true),
    /** The counsellor's upcoming appointments, by day (a main place of the bottom bar). */
    AGENDA(false),
    BENEFICIARY_FILE(false),
    GOAL_EDITOR(false),
    TRAINING_EDITOR(false),
    BARRIER_EDITOR(false),
    EXIT_EDITOR(false),
    FOLLOW_UP_EDITOR(false),
    PROFILE_EDITOR(false),
    /** A new person, created offline by the counsellor. */
    NEW_PERSON(false),
    /** Two files that are likely one person, compared and merged. */
    PERSON_MERGE(false),

    // Home visit and questionnaire (org.jalons.visit)
    HOME_VISIT(false),
    QUESTIONNAIRE(false),

    // Person followed, "Mon parcours" (org.jalons.beneficiary)
    BENEFICIARY_HOME(true),
    MY_CHECK_IN(false),
    MY_PROGRESS(false),
    MY_NEW_GOAL(false),
    MY_NEW_STEP(false),
    MY_NEW_TRAINING(false),
    MY_NEW_NOTE(false),
    MY_GOAL(false),
    /** What the person adds: goal, step, training, note (a main place of the bottom bar). */
    MY_ADD(false),

    // Settings (org.jalons.settings)
    SETTINGS(false),
    CHANGE_PIN(false),

    // Sync status, conflicts, rejected changes, pairing (org.jalons.syncui)
    SYNC(false),
    SYNC_CONFLICTS(false),
    SYNC_REJECTED(false),
    PAIR_DEVICE(false),
    PAIRING_CODE(false),

    // Supervisor (org.jalons.supervisor)
    SUPERVISOR_HOME(true),
    SUPERVISOR_DASHBOARD(false),
    // The structure's administration, admin only (org.jalons.admin): the admin's home, then each part's screens.
    ADMIN_HOME(true),
    // Team, invitations and devices: the team, one account (its own screen on a phone), inviting someone, the
    // organisation's devices and one device (its own screen on a phone).
    ADMIN_TEAM(false),
    ADMIN_ACCOUNT(false),
    ADMIN_INVITE(false),
    ADMIN_DEVICES(false),
    ADMIN_DEVICE(false),
    // People: the structure's people, one person (counsellors, referents, phone, personal data), retention report
    ADMIN_PEOPLE(false),
    ADMIN_PERSON(false),
    ADMIN_RETENTION(false),
    // The organisation's settings and the audit viewer (org.jalons.admin)
    ADMIN_SETTINGS(false),
    ADMIN_AUDIT(false),
    /** One audit line on its own screen (a phone; beside the list on a wide window). */
    ADMIN_AUDIT_LINE(false),
    // The organisation's sites and goal themes (org.jalons.admin.VocabularyView)
    ADMIN_VOCABULARY(false),

    // A person's own export and import, "Mon parcours" (org.jalons.export)
    PARCOURS_EXPORT(false),

    // A person's journal (org.jalons.journal): the counsellor's, from the file, and one entry read in full; the
    // person's own, from "Mon parcours", and one entry read in full.
    JOURNAL(false),
    JOURNAL_ENTRY(false),
    MY_JOURNAL(false),
    MY_JOURNAL_ENTRY(false),

    // Questionnaires as data (org.jalons.visit, org.jalons.beneficiary): the person's own list, and composing them
    // (admin and counsellor: the list of questionnaires and one questionnaire's editor).
    MY_QUESTIONNAIRES(false),
    QUESTIONNAIRE_COMPOSE(false),
    QUESTIONNAIRE_EDITOR(false),
    // Corrections that keep the history (org.jalons.journal): an interview's or a note's words corrected, and every
    // version of them; the counsellor's, and the person's (their own notes).
    JOURNAL_CORRECT(false),
    JOURNAL_HISTORY(false),
    MY_JOURNAL_CORRECT(false),
    MY_JOURNAL_HISTORY(false),
    // The person owns their path (org.jalons.training): a training they declared, changed or deleted by them.
    MY_TRAINING_EDITOR(false),
    // Work supervisor (org.jalons.work): the people of their teams, a person's observations at work, one observation
    /** The work supervisor's home: the people of their work teams, by team, with their last observation. */
    WORK_TEAM(true),
    /** One person's observations at work, newest first. */
    WORK_PERSON(false),
    /** A new observation at work, or one of the work supervisor's own, to edit. */
    WORK_OBSERVATION(false),
    ;

    private final boolean root;

    Screen(boolean root) {
        this.root = root;
    }

    public boolean isRoot() {
        return root;
    }
}
