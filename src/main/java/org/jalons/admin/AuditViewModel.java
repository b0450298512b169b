package org.jalons.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.sync.AdminClient;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit viewer: the organisation's log newest first, a page at a time ("more" asks for the next), filtered by
 * person, account, device, action and period; the filtered log exported as CSV through {@link ShareService}. Kept
 * while the admin opens a line and comes back, so the filters and the pages read stay.
 */
public final class AuditViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);
    static final int PAGE = 25;
    static final String AUDIT = "api/v1/admin/audit";

    /** A filter's choice: the value sent to the server ("" for any) and what the admin reads. */
    public record Choice(String value, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final AdminClient client;
    private final ShareService share;
    private final Background background;
    private final Messages messages;

    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty device = new SimpleStringProperty(this, "device", "");
    private final StringProperty person = new SimpleStringProperty(this, "person", "");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");

    private final ObservableList<AuditLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Choice> users = FXCollections.observableArrayList();
    private final ObservableList<Choice> devices = FXCollections.observableArrayList();
    private final ObjectProperty<AuditLine> chosen = new SimpleObjectProperty<>(this, "chosen");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final BooleanProperty hasMore = new SimpleBooleanProperty(this, "hasMore");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty shareMessage = new SimpleStringProperty(this, "shareMessage", "");
    private String next;
    private boolean opened;

    public AuditViewModel(AdminClient client, ShareService share, Background background, Messages messages) {
        this.client = client;
        this.share = share;
        this.background = background;
        this.messages = messages;
    }

    /** The first time: the accounts and devices to filter on, and the newest page. Later: what was read stays. */
    public void open() {
        if (opened) {
            return;
        }
        opened = true;
        background.run(
                this::choices,
                found -> {
                    users.setAll(found.get(0));
                    devices.setAll(found.get(1));
                },
                failure -> LOG.warn("The accounts and devices to filter on could not be read: {}", failure.toString()));
        apply();
    }

    private List<List<Choice>> choices() throws org.jalons.sync.SyncException {
        List<Choice> accounts = new ArrayList<>();
        for (JsonNode account :
                client.get("api/v1/admin/users", Map.of(), JsonNode.class).path("users")) {
            accounts.add(new Choice(
                    account.path("id").asText(),
                    messages.get(
                            "admin.audit.who",
                            account.path("displayName").asText(),
                            AuditWords.role(messages, account.path("role").asText()))));
        }
        List<Choice> phones = new ArrayList<>();
        for (JsonNode phone :
                client.get("api/v1/devices", Map.of(), JsonNode.class).path("devices")) {
            phones.add(new Choice(
                    phone.path("id").asText(),
                    messages.get(
                            "admin.audit.deviceOf",
                            phone.path("name").asText(),
                            phone.path("ownerName").asText())));
        }
        accounts.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        phones.sort(Comparator.comparing(Choice::label, String.CASE_INSENSITIVE_ORDER));
        return List.of(accounts, phones);
    }

    /** The filters changed: the newest page for them. */
    public void apply() {
        next = null;
        load(true);
    }

    /** The next page, below the lines shown. */
    public void more() {
        if (next != null) {
            load(false);
        }
    }

    /** Only this person's lines (the other filters stay). */
    public void showPerson(String personId) {
        person.set(personId);
        apply();
    }

    private void load(boolean fresh) {
        Map<String, String> query = filters();
        query.put("limit", Integer.toString(PAGE));
        if (!fresh) {
            query.put("before", next);
        }
        loading.set(true);
        message.set("");
        background.run(
                () -> client.get(AUDIT, query, JsonNode.class),
                page -> {
                    loading.set(false);
                    List<AuditLine> read = new ArrayList<>();
                    page.path("lines").forEach(line -> read.add(AuditLine.of(line)));
                    if (fresh) {
                        lines.setAll(read);
                    } else {
                        lines.addAll(read);
                    }
                    JsonNode after = page.path("next");
                    next = after.isMissingNode() || after.isNull() ? null : after.asText();
                    hasMore.set(next != null);
                    if (lines.isEmpty()) {
                        message.set(messages.get("admin.audit.none"));
                    }
                },
                failure -> {
                    loading.set(false);
                    LOG.warn("The audit log could not be read: {}", failure.toString());
                    message.set(AdminWords.failure(messages, failure));
                });
    }

    /** The filters as the server reads them (the period's days included, in UTC as the server counts them). */
    Map<String, String> filters() {
        Map<String, String> query = new LinkedHashMap<>();
        put(query, "person", person.get());
        put(query, "user", user.get());
        put(query, "device", device.get());
        put(query, "action", action.get());
        if (from.get() != null) {
            query.put("from", from.get().toString());
        }
        if (to.get() != null) {
            query.put("to", to.get().toString());
        }
        return query;
    }

    private static void put(Map<String, String> query, String name, String value) {
        if (value != null && !value.isBlank()) {
            query.put(name, value);
        }
    }

    /** The filtered log as a CSV file, handed to the share sheet (or a save dialog on a desk). */
    public void export() {
        Map<String, String> query = filters();
        String fileName = "jalons-journal.csv";
        shareMessage.set(messages.get("admin.audit.export.downloading"));
        background.run(
                () -> client.download(AUDIT + ".csv", query),
                bytes -> {
                    try {
                        ShareService.Outcome outcome =
                                share.share(messages.get("admin.audit.export.subject"), fileName, "text/csv", bytes);
                        shareMessage.set(
                                outcome == ShareService.Outcome.SHARED ? messages.get("admin.audit.export.done") : "");
                    } catch (java.io.IOException | RuntimeException e) {
                        LOG.error("The audit export could not be saved", e);
                        shareMessage.set(messages.get("admin.audit.export.notSaved"));
                    }
                },
                failure -> {
                    LOG.warn("The audit export could not be downloaded: {}", failure.toString());
                    shareMessage.set(AdminWords.failure(messages, failure));
                });
    }

    public StringProperty actionProperty() {
        return action;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty deviceProperty() {
        return device;
    }

    public StringProperty personProperty() {
        return person;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<AuditLine> lines() {
        return lines;
    }

    public ObservableList<Choice> users() {
        return users;
    }

    public ObservableList<Choice> devices() {
        return devices;
    }

    public ObjectProperty<AuditLine> chosenProperty() {
        return chosen;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    public BooleanProperty hasMoreProperty() {
        return hasMore;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public StringProperty shareMessageProperty() {
        return shareMessage;
    }
}
