package org.jalons.journal;

import java.util.UUID;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.Goal;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.ShownLog;
import org.jalons.ui.View;

/**
 * The journal's screens, for the counsellor (a person's file leads to it) and for the person ("Mon parcours"); every
 * entry opens its record: the record's own screen where one exists, else the entry read in full.
 */
public final class JournalScreens {
    private JournalScreens() {}

    /** The counsellor's journal of a person. */
    public static View journal(AppServices s, UUID who) {
        Messages m = s.messages();
        JournalWords words = new JournalWords(new EasyRead(m, false, 1.0), false);
        JournalViewModel model = new JournalViewModel(s.store(), () -> who, s.background(), m, s.zone());
        Navigator nav = s.navigator();
        JournalView view = new JournalView(model, words, m.get("journal.title"), (e, beside) -> {
            switch (e.recordKind()) {
                case GOAL -> nav.goTo(Screen.GOAL_EDITOR, new EditorTarget(who, e.recordId()));
                case GOAL_STEP -> nav.goTo(Screen.GOAL_EDITOR, new EditorTarget(who, e.goalId()));
                case TRAINING -> nav.goTo(Screen.TRAINING_EDITOR, new EditorTarget(who, e.recordId()));
                case EXIT -> nav.goTo(Screen.EXIT_EDITOR, new EditorTarget(who, e.recordId()));
                case FOLLOW_UP -> nav.goTo(Screen.FOLLOW_UP_EDITOR, who);
                default -> {
                    if (!beside.show(() -> entry(s, e, words, Role.COUNSELLOR).node())) {
                        nav.goTo(Screen.JOURNAL_ENTRY, e);
                    }
                }
            }
        });
        ShownLog.whenLoaded(view.node(), model.loadingProperty(), "Journal", () -> model.shownEntries() + " entries");
        return view;
    }

    /** The person's own journal: everything recorded about them, the counsellor's interview notes included. */
    public static View myJournal(AppServices s) {
        EasyRead texts = s.easyRead();
        JournalWords words = new JournalWords(texts, true);
        LocalStore store = s.store();
        JournalViewModel model = new JournalViewModel(
                store, () -> store.profile().beneficiaryId(), s.background(), texts.messages(), s.zone());
        Navigator nav = s.navigator();
        return new JournalView(model, words, texts.get("journal.my.title"), (e, beside) -> {
            if (e.goalId() != null
                    && (e.recordKind() == org.jalons.domain.RecordKind.GOAL
                            || e.recordKind() == org.jalons.domain.RecordKind.GOAL_STEP)) {
                nav.goTo(Screen.MY_GOAL, e.goalId());
            } else if (!beside.show(() -> entry(s, e, words, Role.BENEFICIARY).node())) {
                nav.goTo(Screen.MY_JOURNAL_ENTRY, e);
            }
        });
    }

    /** An entry read in full, on its own screen (a phone). */
    public static View entry(AppServices s, JournalEntry e, boolean forPerson) {
        return entry(s, e, words(s, forPerson), forPerson ? Role.BENEFICIARY : Role.COUNSELLOR);
    }

    /** A journal entry's words being corrected (an interview, a note of one's own voice). */
    public static View correct(AppServices s, JournalEntry e, boolean forPerson) {
        JournalWords words = words(s, forPerson);
        CorrectionModel model = new CorrectionModel(s.store(), s.background(), words.texts(), s.clock(), e);
        Navigator nav = s.navigator();
        return new CorrectionView(model, words, () -> {
            // back to the journal, read again: the entry shows its corrected words
            nav.back();
            Screen now = nav.screenProperty().get();
            if (now == Screen.JOURNAL_ENTRY || now == Screen.MY_JOURNAL_ENTRY) {
                nav.back();
            }
        });
    }

    /** Every version of a corrected entry's words, the current first. */
    public static View history(AppServices s, JournalEntry e, boolean forPerson) {
        LocalStore store = s.store();
        return new HistoryView(() -> Correction.history(store, e, s.zone()), s.background(), e, words(s, forPerson));
    }

    private static JournalWords words(AppServices s, boolean forPerson) {
        EasyRead texts = forPerson ? s.easyRead() : new EasyRead(s.messages(), false, 1.0);
        return new JournalWords(texts, forPerson);
    }

    private static JournalEntryView entry(AppServices s, JournalEntry e, JournalWords words, Role role) {
        LocalStore store = s.store();
        Goal goal = e.goalId() == null ? null : store.goals().find(e.goalId()).orElse(null);
        boolean forPerson = role == Role.BENEFICIARY;
        Navigator nav = s.navigator();
        Runnable correct = Correction.allowed(role, e)
                ? () -> nav.goTo(forPerson ? Screen.MY_JOURNAL_CORRECT : Screen.JOURNAL_CORRECT, e)
                : null;
        Runnable history = () -> nav.goTo(forPerson ? Screen.MY_JOURNAL_HISTORY : Screen.JOURNAL_HISTORY, e);
        return new JournalEntryView(e, goal, words, correct, history);
    }
}
