package org.jalons.journal;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import org.jalons.domain.Goal;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;

/**
 * A line of the journal: a month's heading, or an entry (pictogram and kind's word, date; what happened; whose voice
 * and which goal; the first lines of its words). Cells are reused as the list scrolls: only the lines in view exist.
 */
final class JournalCell extends ListCell<JournalRow> {
    private final JournalWords words;
    private final Supplier<Map<UUID, Goal>> goals;
    private final Label month = Components.text("", "journal-month");
    private final Label kind = Components.text("", "journal-kind");
    private final Label headline = Components.text("", "journal-headline");
    private final Label who = Components.text("", "journal-who");
    private final Label text = Components.text("", "journal-text");
    private final VBox entry;

    JournalCell(JournalWords words, Supplier<Map<UUID, Goal>> goals) {
        this.words = words;
        this.goals = goals;
        getStyleClass().add("journal-cell");
        setPrefWidth(0); // the list's width, never the text's: long words wrap instead of widening the list
        setText(null);
        who.managedProperty().bind(who.visibleProperty());
        text.managedProperty().bind(text.visibleProperty());
        entry = new VBox(2, kind, headline, who, text);
        entry.getStyleClass().add("journal-entry");
    }

    /**
     * The height the line's words take once wrapped at the list's width (the list asks without a width, and a
     * label's height without one is a single line's: the lines would then be drawn over each other).
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() == null || getListView() == null) {
            return super.computePrefHeight(width);
        }
        double w = width > 0 ? width : getListView().getWidth() - SCROLL_BAR;
        if (w <= 0) {
            return super.computePrefHeight(width);
        }
        double inner = w - snappedLeftInset() - snappedRightInset();
        return Math.max(minHeight(width), snappedTopInset() + getGraphic().prefHeight(inner) + snappedBottomInset());
    }

    /** Room left for the list's scroll bar, so that a line measured without it is not one word too short. */
    private static final double SCROLL_BAR = 16;

    @Override
    protected void updateItem(JournalRow row, boolean empty) {
        super.updateItem(row, empty);
        getStyleClass().removeIf(c -> c.startsWith("journal-row-"));
        if (empty || row == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        if (row instanceof JournalRow.Month m) {
            month.setText(words.month(m.month(), m.entries()));
            getStyleClass().add("journal-row-month");
            setGraphic(month);
            setAccessibleText(month.getText());
            return;
        }
        JournalEntry e = ((JournalRow.Entry) row).entry();
        getStyleClass()
                .addAll("journal-row-entry", "journal-row-" + e.kind().name().toLowerCase(java.util.Locale.ROOT));
        // The kind's word and the date on one line, which wraps between words when the text is large.
        kind.setText(words.kind(e.kind()) + (words.texts().isOn() ? "\n" : " · ") + words.date(e));
        kind.setGraphic(Icons.icon(JournalWords.icon(e.kind()), words.texts().isOn() ? 24 : 18));
        headline.setText(words.headline(e));
        String author = words.author(e);
        String goal = words.goal(e, goals.get());
        String line = author.isEmpty()
                ? goal
                : goal.isEmpty() ? author : author + (words.texts().isOn() ? "\n" : " · ") + goal;
        String amended = words.amended(e);
        if (!amended.isEmpty()) {
            line = line.isEmpty() ? amended : line + (words.texts().isOn() ? "\n" : " · ") + amended;
        }
        who.setText(line);
        who.setVisible(!line.isEmpty());
        String shortText = words.shortText(e);
        text.setText(shortText);
        text.setVisible(!shortText.isEmpty());
        setGraphic(entry);
        setAccessibleText(String.join(", ", kind.getText(), headline.getText(), line, shortText));
    }
}
