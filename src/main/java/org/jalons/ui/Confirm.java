package org.jalons.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContentDisplay;
import org.kordamp.ikonli.Ikon;

/** A yes/no question before something that cannot be undone, with buttons that say what they do. */
public final class Confirm {
    private Confirm() {}

    /** Shows the question; {@code onYes} runs only after the person chose the action. */
    public static void ask(String title, String header, String body, String yes, String no, Runnable onYes) {
        ask(title, header, body, yes, no, onYes, null, null);
    }

    /** The same, with a pictogram before each answer (easy-read: a picture next to every action); null for none. */
    public static void ask(
            String title,
            String header,
            String body,
            String yes,
            String no,
            Runnable onYes,
            Ikon yesIcon,
            Ikon noIcon) {
        ButtonType doIt = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, cancel, doIt);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirm-dialog");
        ((Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(doIt).setId("confirm-yes");
        alert.getDialogPane().lookupButton(cancel).setId("confirm-no");
        pictogram((Button) alert.getDialogPane().lookupButton(doIt), yesIcon);
        pictogram((Button) alert.getDialogPane().lookupButton(cancel), noIcon);
        alert.setOnHidden(e -> {
            if (alert.getResult() == doIt) {
                onYes.run();
            }
        });
        alert.show();
    }

    private static void pictogram(Button button, Ikon icon) {
        if (icon != null) {
            button.setGraphic(Icons.icon(icon, 20));
            button.setContentDisplay(ContentDisplay.LEFT);
            button.setGraphicTextGap(8);
        }
    }
}
