package org.jalons.supervisor;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;

/**
 * «Ce que les personnes disent»: beside the theme figures, the words people chose to share, theme by theme and
 * month by month, never with a name; and in words how many themes keep theirs hidden for too few people.
 */
final class SharedWordsSection {
    private SharedWordsSection() {}

    static Node of(DashboardViewModel model, Messages messages, SummaryFormat format) {
        VBox card = new VBox(8);
        card.setId("card-words");
        card.getStyleClass().addAll("card", "summary-card", "shared-words");
        card.setMinWidth(0);
        Label message = Components.message(model.wordsMessageProperty(), "message-info");
        message.setId("words-message");
        Runnable fill = () -> {
            SharedWordsData data = model.wordsProperty().get();
            card.getChildren().setAll(Components.text(messages.get("words.title"), "card-title"), message);
            if (data == null) {
                return;
            }
            card.getChildren().add(Components.text(messages.get("words.hint", data.k()), "method-text"));
            if (data.groups().isEmpty() && data.suppressed() == 0) {
                card.getChildren().add(Components.text(messages.get("words.none"), "row-detail"));
            }
            for (SharedWordsData.Group group : data.groups()) {
                VBox theme = new VBox(4);
                theme.getStyleClass().add("shared-words-theme");
                theme.getChildren()
                        .add(Components.text(
                                group.theme() == null
                                        ? messages.get("words.noTheme")
                                        : format.rowLabel("goals", group.theme()),
                                "section-heading"));
                for (SharedWordsData.Word word : group.words()) {
                    theme.getChildren()
                            .addAll(
                                    Components.text(month(word.month(), messages), "row-detail"),
                                    Components.text(word.text(), "shared-word-text"));
                }
                card.getChildren().add(theme);
            }
            if (data.suppressed() > 0) {
                Label hidden = Components.text(messages.get("words.suppressed", data.suppressed()), "k-explanation");
                hidden.setId("words-suppressed");
                card.getChildren().add(hidden);
            }
        };
        model.wordsProperty().addListener((obs, was, now) -> fill.run());
        model.wordsMessageProperty().addListener((obs, was, now) -> fill.run());
        fill.run();
        return card;
    }

    private static String month(String month, Messages messages) {
        try {
            return YearMonth.parse(month).format(DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale()));
        } catch (DateTimeParseException e) {
            return month;
        }
    }
}
