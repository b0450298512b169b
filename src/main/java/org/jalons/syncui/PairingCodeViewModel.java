package org.jalons.syncui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Relier le téléphone d’une personne": asks the server for a one-time code for the person's account and shows it
 * as text and as the pairing link the QR code holds. Needs this phone to be paired already.
 */
public final class PairingCodeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PairingCodeViewModel.class);

    /** The server call, behind an interface so that tests choose its answer. */
    @FunctionalInterface
    public interface CodeIssuer {
        PairingCode issue(UUID userId) throws SyncException;
    }

    private final CodeIssuer issuer;
    private final String serverUrl;
    private final Background background;
    private final EasyRead texts;
    private final ZoneId zone;
    private final StringProperty userId = new SimpleStringProperty(this, "userId", "");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty expires = new SimpleStringProperty(this, "expires", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param serverUrl the server this phone is paired with, or null when it is not paired */
    public PairingCodeViewModel(
            CodeIssuer issuer, String serverUrl, Background background, EasyRead texts, ZoneId zone, Object about) {
        this.issuer = issuer;
        this.serverUrl = serverUrl;
        this.background = background;
        this.texts = texts;
        this.zone = zone;
        if (about instanceof UUID id) {
            userId.set(id.toString());
        }
        if (serverUrl == null) {
            error.set(texts.get("sync.pairingCode.notPaired"));
        }
    }

    public boolean canIssue() {
        return serverUrl != null;
    }

    public void issue() {
        if (busy.get() || !canIssue()) {
            return;
        }
        UUID user;
        try {
            user = UUID.fromString(userId.get().strip());
        } catch (IllegalArgumentException e) {
            error.set(texts.get("sync.pairingCode.userInvalid"));
            return;
        }
        error.set("");
        busy.set(true);
        background.run(
                () -> issuer.issue(user),
                issued -> {
                    busy.set(false);
                    code.set(issued.code());
                    link.set(new PairingLink(serverUrl, issued.code()).uri());
                    expires.set(
                            issued.expiresAt() == null
                                    ? ""
                                    : texts.get("sync.pairingCode.expires", time(issued.expiresAt())));
                },
                failure -> {
                    busy.set(false);
                    code.set("");
                    link.set("");
                    expires.set("");
                    error.set(describe(failure));
                });
    }

    String describe(Throwable failure) {
        if (failure instanceof SyncException e) {
            return e.problem() == SyncProblem.SERVER_REFUSED
                    ? texts.get("sync.pairingCode.refused")
                    : new SyncStatusText(texts).problem(e.problem());
        }
        LOG.error("Asking for a pairing code failed unexpectedly", failure);
        return texts.get("error.unexpected");
    }

    private String time(Instant at) {
        return DateFormats.time(at.atZone(zone).toLocalTime());
    }

    public StringProperty userIdProperty() {
        return userId;
    }

    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    /** The {@code jalons://pair?...} link the QR code shows; empty until a code was issued. */
    public ReadOnlyStringProperty linkProperty() {
        return link;
    }

    public ReadOnlyStringProperty expiresProperty() {
        return expires;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
