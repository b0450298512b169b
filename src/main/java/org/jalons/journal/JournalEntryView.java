package org.jalons.journal;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.domain.Goal;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.jalons.ui.View;

/**
 * One journal entry read in full, for records with no screen of their own (an interview, a note, a check-in, a
 * consent): what happened, when, whose voice, which goal, and the whole text. Read-only. Id: {@code journal-entry}.
 */
public final class JournalEntryView implements View {
    private final JournalWords words;
    private final Node root;
    private final VBox content;

    /** {@code goal}: the goal the entry belongs to, or null. */
    public JournalEntryView(JournalEntry e, Goal goal, JournalWords words) {
        this(e, goal, words, null, null);
    }

    /**
     * With "Corriger" ({@code correct}, null where the write rights do not allow it) and, for a corrected entry,
     * "Voir l’historique" ({@code history}).
     */
    public JournalEntryView(JournalEntry e, Goal goal, JournalWords words, Runnable correct, Runnable history) {
        this.words = words;
        Label kind = Components.text(words.kind(e.kind()), "journal-kind");
        kind.setGraphic(Icons.icon(JournalWords.icon(e.kind()), words.texts().isOn() ? 28 : 20));
        content = new VBox(12, kind, Components.text(words.headline(e), "journal-headline", "journal-entry-headline"));
        content.setId("journal-entry");
        fact("journal.entry.date", words.date(e));
        String author = words.author(e);
        if (!author.isEmpty()) {
            fact("journal.entry.who", author);
        }
        if (goal != null && e.kind() != JournalKind.GOAL) {
            fact("journal.entry.goal", goal.phrasing());
        }
        switch (e.kind()) {
            case INTERVIEW -> {
                fact("journal.entry.participants", e.title());
                fact("journal.entry.notes", e.text());
                fact("journal.entry.decisions", e.more());
            }
            case CHECK_IN -> fact("journal.entry.comment", e.text());
            case NOTE -> fact("journal.entry.text", e.text());
            case CONSENT -> {}
            case AT_WORK -> {
                fact("journal.entry.skills", words.skills(e));
                fact("journal.entry.comment", e.text());
                fact(words.forPerson() ? "journal.entry.myAnswer" : "journal.entry.answer", e.more());
            }
            default -> {
                fact("journal.entry.what", e.title());
                fact("journal.entry.text", e.text());
            }
        }
        String amended = words.amended(e);
        if (!amended.isEmpty()) {
            Label line = Components.text(amended, "journal-amended");
            line.setId("journal-entry-amended");
            content.getChildren().add(line);
        }
        if (correct != null || (history != null && e.amended() != null)) {
            // stacked wide buttons: their words wrap at large text sizes instead of widening the page
            VBox actions = new VBox(8);
            actions.getStyleClass().add("journal-entry-actions");
            if (correct != null) {
                actions.getChildren()
                        .add(org.jalons.ui.EasyRead.action(
                                "journal-correct-entry",
                                org.kordamp.ikonli.material2.Material2AL.EDIT,
                                words.texts().get("journal.correct.action"),
                                correct));
            }
            if (history != null && e.amended() != null) {
                actions.getChildren()
                        .add(org.jalons.ui.EasyRead.action(
                                "journal-entry-history",
                                org.kordamp.ikonli.material2.Material2AL.HISTORY,
                                words.texts().get("journal.history.action"),
                                history));
            }
            content.getChildren().add(actions);
        }
        content.getStyleClass().add("journal-detail");
        Node screen = Components.screen(content);
        root = words.forPerson() ? words.texts().apply(screen) : screen;
    }

    /** A label and its words; an empty text says so rather than leaving a gap. */
    private void fact(String key, String value) {
        if (value == null || value.isBlank()) {
            if (key.equals("journal.entry.participants") || key.equals("journal.entry.what")) {
                return;
            }
            value = words.texts().get("journal.entry.empty");
        }
        Label text = Components.text(value, "fact-value", "journal-full-text");
        text.setId(key.replace('.', '-'));
        content.getChildren().add(new VBox(2, Components.text(words.texts().get(key), "fact-label"), text));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.texts().get(words.forPerson() ? "journal.my.entryTitle" : "journal.entryTitle");
    }
}
