package org.jalons.visit.compose;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.jalons.i18n.Messages;
import org.jalons.sync.AdminClient;
import org.jalons.sync.SyncException;
import org.jalons.syncui.ServerRefusals;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's questionnaires as the server holds them, for an admin or a counsellor who composes them
 * (PROTOCOL.md, "The organisation's questionnaires"): read and published through the server only (composing needs
 * it; answering does not), away from the screen's thread, with a busy flag and the server's refusal in words.
 */
public final class ComposeModel {
    private static final Logger LOG = LoggerFactory.getLogger(ComposeModel.class);
    static final String PATH = "api/v1/questionnaires";

    /** A questionnaire: its last version, how many versions it has, whether it was retired. */
    public record Line(Questionnaire last, int versions, boolean retired) {}

    private final AdminClient client;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public ComposeModel(AdminClient client, Background background, Messages messages) {
        this.client = client;
        this.background = background;
        this.messages = messages;
    }

    /** Reads the list again. */
    public void load() {
        run(() -> lines(client.get(PATH, Map.of(), JsonNode.class)), lines::setAll);
    }

    static List<Line> lines(JsonNode answer) throws IOException {
        Map<String, List<JsonNode>> byId = new LinkedHashMap<>();
        for (JsonNode version : answer.path("questionnaires")) {
            byId.computeIfAbsent(version.path("id").asText(), k -> new ArrayList<>())
                    .add(version);
        }
        List<Line> lines = new ArrayList<>();
        for (List<JsonNode> versions : byId.values()) {
            JsonNode last = versions.get(versions.size() - 1);
            lines.add(new Line(
                    QuestionnaireCatalog.parse(last.path("definition").toString()),
                    versions.size(),
                    last.path("retired").asBoolean()));
        }
        return lines;
    }

    /** Publishes the draft: a new questionnaire's version 1, or the next version of the one it started from. */
    public void publish(QuestionnaireDraft draft, Runnable done) {
        Callable<Void> work = draft.isNew()
                ? () -> client.send("POST", PATH, draft.body(), Void.class)
                : () -> client.send("PUT", PATH + "/" + draft.questionnaireId(), draft.body(), Void.class);
        run(work, unused -> {
            done.run();
            load();
        });
    }

    /** Retires a questionnaire: no longer proposed; its answers stay. */
    public void retire(Questionnaire questionnaire, Runnable done) {
        run(() -> client.send("POST", PATH + "/" + questionnaire.id() + "/retire", Map.of(), Void.class), unused -> {
            done.run();
            load();
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        error.set("");
        background.run(
                work,
                result -> {
                    busy.set(false);
                    then.accept(result);
                },
                failure -> {
                    busy.set(false);
                    error.set(words(failure));
                });
    }

    private String words(Throwable failure) {
        if (failure instanceof SyncException e) {
            String key = e.serverCode() == null ? null : ServerRefusals.key(e.serverCode());
            if (key != null && messages.has(key)) {
                return messages.get(key);
            }
            LOG.warn("The questionnaires could not be read or published ({}): {}", e.problem(), e.getMessage());
            return messages.get("compose.error");
        }
        LOG.error("The questionnaires could not be read or published", failure);
        return messages.get("compose.error");
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
