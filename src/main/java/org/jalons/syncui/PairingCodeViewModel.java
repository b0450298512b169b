package org.jalons.syncui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.protocol.PairingLink;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Relier le téléphone d’une personne": the counsellor chooses the person in their caseload (never types an
 * account id); the server makes that person's account on first use and answers a one-time code, shown as text and
 * as the pairing link the QR code holds (the server's address travels in it). Needs this phone to be paired.
 */
public final class PairingCodeViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(PairingCodeViewModel.class);

    /** The server call for the person whose record that is, behind an interface so that tests choose its answer. */
    @FunctionalInterface
    public interface CodeIssuer {
        PairingCode issue(UUID beneficiaryId) throws SyncException;
    }

    /** A person of the caseload, as the list shows them. */
    public record Person(UUID beneficiaryId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final CodeIssuer issuer;
    private final String serverUrl;
    private final Background background;
    private final EasyRead texts;
    private final ZoneId zone;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObjectProperty<Person> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final StringProperty code = new SimpleStringProperty(this, "code", "");
    private final StringProperty link = new SimpleStringProperty(this, "link", "");
    private final StringProperty expires = new SimpleStringProperty(this, "expires", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param serverUrl the server this phone is paired with, or null when it is not paired */
    public PairingCodeViewModel(
            CodeIssuer issuer,
            List<Person> caseload,
            String serverUrl,
            Background background,
            EasyRead texts,
            ZoneId zone,
            Object about) {
        this.issuer = issuer;
        this.serverUrl = serverUrl;
        this.background = background;
        this.texts = texts;
        this.zone = zone;
        people.setAll(caseload);
        if (about instanceof UUID id) { // opened from a person's file: that person is chosen already
            people.stream()
                    .filter(p -> p.beneficiaryId().equals(id))
                    .findFirst()
                    .ifPresent(chosen::set);
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
        Person person = chosen.get();
        if (person == null) {
            error.set(texts.get("sync.pairingCode.choose"));
            return;
        }
        error.set("");
        busy.set(true);
        background.run(
                () -> issuer.issue(person.beneficiaryId()),
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
            // not found: the person is no longer in this counsellor's caseload (the server tells no more)
            boolean outOfCaseload = e.problem() == SyncProblem.SERVER_REFUSED
                    && (e.serverCode() == null || "not_found".equals(e.serverCode()));
            return outOfCaseload ? texts.get("sync.pairingCode.refused") : new SyncStatusText(texts).problem(e);
        }
        LOG.error("Asking for a pairing code failed unexpectedly", failure);
        return texts.get("error.unexpected");
    }

    private String time(Instant at) {
        return DateFormats.time(at.atZone(zone).toLocalTime());
    }

    /** The people of this phone's caseload, by name. */
    public ObservableList<Person> people() {
        return people;
    }

    public ObjectProperty<Person> chosenProperty() {
        return chosen;
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
