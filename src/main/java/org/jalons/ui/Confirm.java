package org.jalons.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/** A yes/no question before something that cannot be undone, with buttons that say what they do. */
public final class Confirm {
    private Confirm() {
    }

    /** Shows the question; {@code onYes} runs only after the person chose the action. */
    public static void ask(String title, String header, String body, String yes, String no, Runnable onYes) {
        ButtonType doIt = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, body, cancel, doIt);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setId("confirm-dialog");
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(doIt)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(doIt).setId("confirm-yes");
        alert.getDialogPane().lookupButton(cancel).setId("confirm-no");
        alert.setOnHidden(e -> {
            if (alert.getResult() == doIt) {
                onYes.run();
            }
        });
        alert.show();
    }
}
