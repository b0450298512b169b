package org.jalons.ui;

import org.jalons.ui.kit.Dialog;
import org.kordamp.ikonli.Ikon;

/**
 * A yes/no question before something that cannot be undone, with buttons that say what they do: an in-app
 * {@link Dialog} whose "yes" is marked destructive and whose "no" is the default (Enter, Escape, back).
 */
public final class Confirm {
    private Confirm() {}

    /** Shows the question; {@code onYes} runs only after the person chose the action. */
    public static void ask(String title, String header, String body, String yes, String no, Runnable onYes) {
        ask(title, header, body, yes, no, onYes, null, null);
    }

    /**
     * The same, with a pictogram before each answer (easy-read: a picture next to every action; the dialog adds
     * its own when the easy-read setting is on and none is given). {@code title} is the dialog's accessible name
     * when there is no {@code header}.
     */
    public static void ask(
            String title,
            String header,
            String body,
            String yes,
            String no,
            Runnable onYes,
            Ikon yesIcon,
            Ikon noIcon) {
        Dialog.titled(header == null || header.isBlank() ? title : header)
                .body(body)
                .answer(yes, yesIcon, onYes)
                .cancel(no, noIcon, null)
                .destructive()
                .show();
    }
}
