package org.jalons.journal;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;

/**
 * Every version of a corrected journal entry's words, the current first and the original last: when, by whom, the
 * words. Read on the store's thread. Id: {@code journal-history}; each version {@code journal-version-N}.
 */
public final class HistoryView implements View {
    private final JournalWords words;
    private final Node root;
    private final VBox versions = new VBox(16);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", true);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    /** {@code read}: the versions, current first, run on the store's thread. */
    public HistoryView(
            java.util.concurrent.Callable<List<Correction.Version>> read,
            org.jalons.ui.Background background,
            JournalEntry entry,
            JournalWords words) {
        this.words = words;
        versions.setId("journal-history");
        VBox content = new VBox(
                14,
                Components.text(words.texts().get("journal.history.intro"), "lead"),
                Components.busy(loading.getReadOnlyProperty(), words.texts().get("journal.history.loading")),
                Components.message(error.getReadOnlyProperty(), "message-error"),
                versions);
        Node screen = Components.screen(content);
        root = words.forPerson() ? words.texts().apply(screen) : screen;
        background.run(
                read,
                list -> {
                    loading.set(false);
                    show(entry, list);
                },
                failure -> {
                    loading.set(false);
                    org.slf4j.LoggerFactory.getLogger(HistoryView.class)
                            .error("The versions of an entry could not be read", failure);
                    error.set(words.texts().get("journal.history.failed"));
                });
    }

    private void show(JournalEntry entry, List<Correction.Version> list) {
        for (int i = 0; i < list.size(); i++) {
            Correction.Version v = list.get(i);
            String day = DateFormats.longDate(v.day(), words.texts().messages().locale());
            String heading = v.original()
                    ? words.texts().get("journal.history.original", day, words.author(entry))
                    : v.by() == null || v.by().isEmpty()
                            ? words.texts().get("journal.history.correctedOn", day)
                            : words.texts().get("journal.history.correctedOnBy", day, v.by());
            Label title = Components.text(
                    (i == 0 ? words.texts().get("journal.history.current") + "\n" : "") + heading, "fact-label");
            VBox version = new VBox(4, title);
            version.setId("journal-version-" + i);
            version.getStyleClass().add("journal-version");
            add(version, "journal.entry.participants", v.participants(), false);
            add(
                    version,
                    entry.recordKind() == org.jalons.domain.RecordKind.INTERVIEW
                            ? "journal.entry.notes"
                            : "journal.entry.text",
                    v.text(),
                    true);
            add(version, "journal.entry.decisions", v.decisions(), false);
            versions.getChildren().add(version);
        }
    }

    private void add(VBox version, String key, String value, boolean always) {
        if (value == null || value.isBlank()) {
            if (!always) {
                return;
            }
            value = words.texts().get("journal.entry.empty");
        }
        version.getChildren()
                .add(new VBox(
                        2,
                        Components.text(words.texts().get(key), "fact-label"),
                        Components.text(value, "fact-value", "journal-full-text")));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return words.texts().get("journal.history.title");
    }
}
