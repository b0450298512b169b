package org.jalons.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.jalons.admin.TeamServer.Device;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.sync.SyncException;
import org.jalons.syncui.SyncStatusText;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team and devices screens' words: a role, an account's state, a device's state with its date, a last contact
 * ("il y a 3 jours"), and a failure (a server's refusal in words, never its English sentence).
 */
public final class AdminWords {
    private static final Logger LOG = LoggerFactory.getLogger(AdminWords.class);
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final SyncStatusText sync;

    public AdminWords(Messages messages, Clock clock, ZoneId zone) {
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.sync = new SyncStatusText(new EasyRead(messages, false, 1.0));
    }

    public Messages messages() {
        return messages;
    }

    public Clock clock() {
        return clock;
    }

    public ZoneId zone() {
        return zone;
    }

    public String get(String key, Object... args) {
        return messages.get(key, args);
    }

    public String role(Role role) {
        return messages.get("Role." + role.name());
    }

    /** "Actif", or "Désactivé le 3 déc. 2026". */
    public String accountState(TeamServer.Account account) {
        return account.active()
                ? messages.get("admin.account.active")
                : messages.get("admin.account.deactivatedOn", date(account.deactivatedAt()));
    }

    /** "dernier contact il y a 3 jours", or "jamais connecté". */
    public String lastContact(Instant at) {
        return at == null
                ? messages.get("admin.lastContact.never")
                : messages.get("admin.lastContact.at", sync.ago(at, clock.instant()));
    }

    /** "Actif", "Retiré le …", "Effacement demandé le …, en attente", "Effacé le …". */
    public String deviceState(Device device) {
        return switch (device.state()) {
            case ACTIVE -> messages.get("admin.device.state.ACTIVE");
            case REVOKED -> messages.get("admin.device.state.REVOKED", date(device.revokedAt()));
            case WIPE_PENDING -> messages.get("admin.device.state.WIPE_PENDING", date(device.wipeRequestedAt()));
            case WIPED -> messages.get("admin.device.state.WIPED", date(device.wipedAt()));
        };
    }

    /** The phone's name and model, as the list names it. */
    public String deviceName(Device device) {
        String model = device.model() == null || device.model().isBlank()
                ? messages.get("admin.device.modelUnknown")
                : device.model();
        return device.name().isBlank() ? model : messages.get("admin.device.nameModel", device.name(), model);
    }

    /** A moment as "3 déc. 2026, 14:05" in the phone's zone; "" when there is none. */
    public String date(Instant at) {
        return at == null ? "" : DateFormats.dateTime(at.atZone(zone), messages.locale());
    }

    /** "14:05", for a code's expiry. */
    public String time(Instant at) {
        return DateFormats.time(at.atZone(zone).toLocalTime());
    }

    /** Why a server call failed, in words: the refusal's own sentence when the server gave a code. */
    public String failure(Throwable failure) {
        if (failure instanceof SyncException e) {
            return sync.problem(e);
        }
        LOG.error("An administration request failed unexpectedly", failure);
        return messages.get("error.unexpected");
    }

    /** A failed request of the people screens in the admin's words (the same words as the team's). */
    static String failure(Messages messages, Throwable failure) {
        return new AdminWords(messages, Clock.systemUTC(), ZoneId.systemDefault()).failure(failure);
    }

    static String date(Messages messages, LocalDate date) {
        return date == null ? "" : DateFormats.mediumDate(date, messages.locale());
    }

    static String date(Messages messages, Instant at, ZoneId zone) {
        return at == null ? "" : date(messages, at.atZone(zone).toLocalDate());
    }
}
