package org.jalons.syncui;

import java.time.Duration;
import java.time.Instant;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncStatus;

/** The sync status in words: how many changes wait, when the last sync succeeded ("il y a 5 min"), what failed. */
public final class SyncStatusText {
    private final Messages messages;

    public SyncStatusText(Messages messages) {
        this.messages = messages;
    }

    /** "3 modifications en attente" or "Tout est envoyé". */
    public String pending(SyncStatus status) {
        int n = status.pendingCount();
        return n == 0 ? messages.get("sync.pending.none") : messages.get("sync.pending.count", n);
    }

    /** "Synchronisé il y a 5 min", or "Jamais synchronisé". */
    public String lastSuccess(SyncStatus status, Instant now) {
        Instant last = status.lastSuccess();
        return last == null ? messages.get("sync.last.never") : messages.get("sync.last.at", ago(last, now));
    }

    /** "à l’instant", "il y a 5 min", "il y a 3 h", "il y a 2 j". */
    public String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return messages.get("sync.ago.now");
        }
        if (d.toHours() < 1) {
            return messages.get("sync.ago.minutes", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return messages.get("sync.ago.hours", d.toHours());
        }
        return messages.get("sync.ago.days", d.toDays());
    }

    /** The last failure in plain words, or "" after a success. */
    public String error(SyncStatus status) {
        return status.lastError() == null ? "" : status.lastError().message(messages.locale());
    }
}
