package org.jalons.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.i18n.Messages;
import org.jalons.sync.AdminClient;
import org.jalons.sync.SyncException;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's settings as the server holds them: k (the smallest group a supervisor's figure may stand on),
 * how long a file stays after support ended, how long deletion markers are kept. Each is read from the server and
 * saved on its own; the server's refusal is said in words.
 */
public final class AdminSettingsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(AdminSettingsViewModel.class);

    /** One setting: its route, its JSON field, the text the admin types, and what became of the last save. */
    public static final class Setting {
        private final String id;
        private final String path;
        private final String field;
        private final StringProperty value = new SimpleStringProperty(this, "value", "");
        private final StringProperty error = new SimpleStringProperty(this, "error", "");
        private final StringProperty saved = new SimpleStringProperty(this, "saved", "");
        private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

        Setting(String id, String path, String field) {
            this.id = id;
            this.path = path;
            this.field = field;
        }

        /** Node ids ({@code settings-<id>…}) and text keys ({@code admin.settings.<id>…}). */
        public String id() {
            return id;
        }

        public StringProperty valueProperty() {
            return value;
        }

        public StringProperty errorProperty() {
            return error;
        }

        public StringProperty savedProperty() {
            return saved;
        }

        public BooleanProperty busyProperty() {
            return busy;
        }
    }

    private final AdminClient client;
    private final Background background;
    private final Messages messages;
    private final Setting k = new Setting("k", "api/v1/admin/settings", "k");
    private final Setting retention = new Setting("retention", "api/v1/admin/retention", "retentionMonths");
    private final Setting tombstones = new Setting("tombstones", "api/v1/admin/settings", "tombstoneDays");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");

    public AdminSettingsViewModel(AdminClient client, Background background, Messages messages) {
        this.client = client;
        this.background = background;
        this.messages = messages;
    }

    public List<Setting> settings() {
        return List.of(k, retention, tombstones);
    }

    /** Reads the values in force from the server. */
    public void load() {
        loading.set(true);
        message.set("");
        background.run(
                () -> List.of(
                        client.get("api/v1/admin/settings", Map.of(), JsonNode.class),
                        client.get("api/v1/admin/retention", Map.of(), JsonNode.class)),
                answers -> {
                    loading.set(false);
                    k.value.set(answers.get(0).path("k").asText());
                    tombstones.value.set(answers.get(0).path("tombstoneDays").asText());
                    retention.value.set(answers.get(1).path("retentionMonths").asText());
                },
                failure -> {
                    loading.set(false);
                    LOG.warn("The organisation's settings could not be read: {}", failure.toString());
                    message.set(AdminWords.failure(messages, failure));
                });
    }

    /** Saves one setting as typed; the server answers with the value in force, or refuses it. */
    public void save(Setting setting) {
        setting.error.set("");
        setting.saved.set("");
        int typed;
        try {
            typed = Integer.parseInt(setting.value.get().strip());
        } catch (NumberFormatException e) {
            setting.error.set(messages.get("admin.settings.notANumber"));
            return;
        }
        setting.busy.set(true);
        background.run(
                () -> client.send("PUT", setting.path, Map.of(setting.field, typed), JsonNode.class),
                answer -> {
                    setting.busy.set(false);
                    setting.value.set(answer.path(setting.field).asText());
                    setting.saved.set(messages.get("admin.settings.saved"));
                },
                failure -> {
                    setting.busy.set(false);
                    LOG.warn("The setting {} was not saved: {}", setting.field, failure.toString());
                    boolean refused = failure instanceof SyncException e && "invalid_body".equals(e.serverCode());
                    setting.error.set(
                            refused
                                    ? messages.get("admin.settings." + setting.id + ".refused")
                                    : AdminWords.failure(messages, failure));
                });
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }
}
