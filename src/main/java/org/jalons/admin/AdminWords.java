package org.jalons.admin;

import org.jalons.i18n.Messages;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.syncui.ServerRefusals;

/** What an admin's screen says when the server could not be asked or refused: words, never the server's text. */
final class AdminWords {
    private AdminWords() {}

    static String failure(Messages messages, Throwable failure) {
        if (failure instanceof SyncException e) {
            String code = e.serverCode();
            if (code != null && messages.has(ServerRefusals.key(code))) {
                return messages.get(ServerRefusals.key(code));
            }
            if (e.problem() == SyncProblem.NO_NETWORK || e.problem() == SyncProblem.SERVER_UNAVAILABLE) {
                return messages.get("admin.error.offline");
            }
        }
        return messages.get("admin.error.other");
    }
}
