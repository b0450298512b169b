package org.jalons.admin;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.ui.Background;

/**
 * One request of an admin's screen to the server, off the screen's thread: one at a time while {@code busy}, its
 * failure told in {@code error} in the admin's words, its result handed to {@code then} on the screen's thread.
 */
final class AdminRequest {
    private AdminRequest() {}

    static <T> void ask(
            Background background,
            Messages messages,
            BooleanProperty busy,
            StringProperty error,
            Callable<T> work,
            Consumer<T> then) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        background.run(
                work,
                result -> {
                    busy.set(false);
                    then.accept(result);
                },
                failure -> {
                    busy.set(false);
                    error.set(AdminWords.failure(messages, failure));
                });
    }
}
