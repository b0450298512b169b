package org.jalons.syncui;

import java.time.Duration;
import java.time.Instant;
import org.jalons.sync.RestoreNotice;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.sync.SyncStatus;
import org.jalons.ui.EasyRead;

/**
 * The sync status in words: how many changes wait, when the last sync succeeded ("il y a 5 min"), what failed; in
 * easy-read words when that mode is on.
 */
public final class SyncStatusText {
    private final EasyRead texts;

    public SyncStatusText(EasyRead texts) {
        this.texts = texts;
    }

    /** "3 modifications en attente" or "Tout est envoyé". */
    public String pending(SyncStatus status) {
        int n = status.pendingCount();
        return n == 0 ? texts.get("sync.pending.none") : texts.get("sync.pending.count", n);
    }

    /**
     * The bar's few words, the most pressing first: a sync running, conflicts and refusals to look at, the last sync
     * failed (offline, not linked yet, or another failure), changes waiting, else all is sent. The rest is in the
     * details (the bar's bottom sheet).
     */
    public String brief(SyncStatus status) {
        int toLook = status.openConflicts() + status.rejectedCount();
        if (status.running()) {
            return texts.get("sync.bar.short.running");
        } else if (toLook > 0) {
            return texts.get("sync.bar.short.toLook", toLook);
        } else if (status.lastError() == SyncProblem.NO_NETWORK) {
            return texts.get("sync.bar.short.offline");
        } else if (status.lastError() == SyncProblem.NOT_PAIRED) {
            return texts.get("sync.bar.short.notPaired");
        } else if (status.lastError() != null) {
            return texts.get("sync.bar.short.failed");
        } else if (status.pendingCount() > 0) {
            return texts.get("sync.bar.short.pending", status.pendingCount());
        }
        return texts.get("sync.bar.short.sent");
    }

    /** "Synchronisé il y a 5 min", or "Jamais synchronisé". */
    public String lastSuccess(SyncStatus status, Instant now) {
        Instant last = status.lastSuccess();
        return last == null ? texts.get("sync.last.never") : texts.get("sync.last.at", ago(last, now));
    }

    /** "à l’instant", "il y a 5 min", "il y a 3 h", "il y a 2 j". */
    public String ago(Instant then, Instant now) {
        Duration d = Duration.between(then, now);
        if (d.isNegative() || d.toMinutes() < 1) {
            return texts.get("sync.ago.now");
        }
        if (d.toHours() < 1) {
            return texts.get("sync.ago.minutes", d.toMinutes());
        }
        if (d.toDays() < 1) {
            return texts.get("sync.ago.hours", d.toHours());
        }
        return texts.get("sync.ago.days", d.toDays());
    }

    /**
     * "" unless the organisation's data was restored from a backup lately: then that, and how many changes this phone
     * sent again (and how many of those were refused, to look at among the refused changes).
     */
    public String restored(SyncStatus status) {
        RestoreNotice notice = status.restoreNotice();
        if (notice == null) {
            return "";
        }
        String said = texts.get("sync.restored", notice.resent());
        return notice.refused() == 0 ? said : said + " " + texts.get("sync.restored.refused", notice.refused());
    }

    /**
     * The last failure in plain words, or "" after a success; a refusal of the server says what its code means
     * and the way out, rather than "the server refused".
     */
    public String error(SyncStatus status) {
        if (status.lastError() == null) {
            return "";
        }
        String refusal = status.lastError() == SyncProblem.SERVER_REFUSED
                ? ServerRefusals.words(texts, status.lastRefusal())
                : null;
        return refusal != null ? refusal : problem(status.lastError());
    }

    /**
     * Why a sync or a pairing failed: the sync layer's sentence, or its easy-read version (kept with the sync
     * screens' texts, {@code sync.problem.<name>.easy}).
     */
    public String problem(SyncException failure) {
        String refusal = failure.problem() == SyncProblem.SERVER_REFUSED
                ? ServerRefusals.words(texts, failure.serverCode())
                : null;
        return refusal != null ? refusal : problem(failure.problem());
    }

    /** A problem without the server's code: the sync layer's sentence, or its easy-read version. */
    public String problem(SyncProblem problem) {
        return texts.isOn()
                ? texts.get(problem.messageKey())
                : problem.message(texts.messages().locale());
    }
}
