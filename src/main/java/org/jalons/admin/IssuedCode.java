package org.jalons.admin;

import java.time.Instant;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.protocol.PairingLink;
import org.jalons.sync.PairingCode;

/**
 * A one-time code the admin made for an account's phone: the code as text, the pairing link its QR holds (the
 * server's address travels in it, so nobody types a URL), and until when it is valid ("valable jusqu’à 14:05"),
 * then that it expired and a new one is to be made.
 */
public final class IssuedCode {
    private final AdminWords words;
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty expires = new SimpleStringProperty(this, "expires", "");
    private final BooleanProperty expired = new SimpleBooleanProperty(this, "expired");
    private Instant expiresAt;

    public IssuedCode(AdminWords words) {
        this.words = words;
    }

    void show(PairingCode issued, String serverUrl) {
        code.set(issued.code());
        link.set(serverUrl == null ? "" : new PairingLink(serverUrl, issued.code()).uri());
        expiresAt = issued.expiresAt();
        expired.set(false);
        checkExpiry();
    }

    void clear() {
        code.set("");
        link.set("");
        expires.set("");
        expired.set(false);
        expiresAt = null;
    }

    /** Says whether the code still holds, as of now: called as time passes while it is shown. */
    public void checkExpiry() {
        if (expiresAt == null) {
            expires.set("");
            return;
        }
        boolean over = !words.clock().instant().isBefore(expiresAt);
        expired.set(over);
        expires.set(words.get(over ? "admin.code.expired" : "admin.code.validUntil", words.time(expiresAt)));
    }

    public ReadOnlyStringProperty codeProperty() {
        return code;
    }

    public ReadOnlyStringProperty linkProperty() {
        return link;
    }

    public ReadOnlyStringProperty expiresProperty() {
        return expires;
    }

    public ReadOnlyBooleanProperty expiredProperty() {
        return expired;
    }
}
