package org.jalons.admin;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jalons.i18n.Messages;
import org.jalons.sync.SyncException;
import org.jalons.syncui.ServerRefusals;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The words of the admin's people screens for a failure and for dates. */
final class AdminWords {
    private static final Logger LOG = LoggerFactory.getLogger(AdminWords.class);

    private AdminWords() {}

    /** A failed request in the admin's words: the server's refusal says what it means; the cause goes to the log. */
    static String failure(Messages messages, Throwable failure) {
        if (failure instanceof SyncException e) {
            LOG.warn("An admin request failed: {}", e.toString());
            String code = e.serverCode();
            if (code != null && messages.has(ServerRefusals.key(code))) {
                return messages.get(ServerRefusals.key(code));
            }
            return e.problem().message(messages.locale());
        }
        LOG.error("An admin request failed unexpectedly", failure);
        return messages.get("error.unexpected");
    }

    static String date(Messages messages, LocalDate date) {
        return date == null ? "" : DateFormats.mediumDate(date, messages.locale());
    }

    static String date(Messages messages, Instant at, ZoneId zone) {
        return at == null ? "" : date(messages, at.atZone(zone).toLocalDate());
    }
}
