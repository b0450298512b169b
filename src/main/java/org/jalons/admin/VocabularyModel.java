package org.jalons.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.i18n.Messages;
import org.jalons.sync.AdminClient;
import org.jalons.sync.SyncException;
import org.jalons.syncui.ServerRefusals;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's sites, goal themes, skills at work and partner kinds as the server holds them, and the free texts found in the records
 * (PROTOCOL.md, "The organisation's sites and goal themes"): read and changed through the server only, away from the
 * screen's thread, with a busy flag and the server's refusal in words.
 */
public final class VocabularyModel {
    private static final Logger LOG = LoggerFactory.getLogger(VocabularyModel.class);
    static final String PATH = "api/v1/admin/vocabulary";

    /** What a term is about, as the server names it. */
    public enum Kind {
        SITE,
        GOAL_THEME,
        WORK_SKILL,
        PARTNER_KIND
    }

    /** One term: {@code state} ACTIVE, RETIRED or MERGED (then {@code mergedInto}); the texts counted as it. */
    public record Term(
            String kind,
            String code,
            String label,
            String easyLabel,
            String state,
            String mergedInto,
            String updatedAt,
            List<String> texts) {
        public boolean merged() {
            return "MERGED".equals(state);
        }
    }

    /** A free text found in the records, in how many, and the term it counts as (null: none). */
    public record Seen(String kind, String text, long records, String countedAs) {}

    /** The server's answer to the list. */
    public record Listing(List<Term> terms, List<Seen> seen) {}

    private final AdminClient client;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Term> terms = FXCollections.observableArrayList();
    private final ObservableList<Seen> seen = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    public VocabularyModel(AdminClient client, Background background, Messages messages) {
        this.client = client;
        this.background = background;
        this.messages = messages;
    }

    /** Reads the list again. */
    public void load() {
        run(() -> client.get(PATH, Map.of(), Listing.class), listing -> {
            terms.setAll(listing.terms() == null ? List.of() : listing.terms());
            seen.setAll(listing.seen() == null ? List.of() : listing.seen());
        });
    }

    public void add(Kind kind, String label, String easyLabel, Runnable done) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind.name());
        body.put("label", label);
        if (easyLabel != null && !easyLabel.isBlank()) {
            body.put("easyLabel", easyLabel);
        }
        change(() -> client.send("POST", PATH, body, Void.class), done);
    }

    public void rename(String code, String label, String easyLabel, Runnable done) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("label", label);
        if (easyLabel != null && !easyLabel.isBlank()) {
            body.put("easyLabel", easyLabel);
        }
        change(() -> client.send("PUT", PATH + "/" + code, body, Void.class), done);
    }

    public void merge(String code, String into, Runnable done) {
        change(() -> client.send("POST", PATH + "/" + code + "/merge", Map.of("into", into), Void.class), done);
    }

    /** Counts a free text found in the records as the term {@code code}. */
    public void countAs(String code, String text, Runnable done) {
        change(() -> client.send("POST", PATH + "/" + code + "/texts", Map.of("text", text), Void.class), done);
    }

    public void retire(String code, Runnable done) {
        change(() -> client.send("POST", PATH + "/" + code + "/retire", Map.of(), Void.class), done);
    }

    /** The terms of {@code kind} a text or another term can be counted as (not merged ones). */
    public List<Term> targets(String kind) {
        return terms.stream().filter(t -> t.kind().equals(kind) && !t.merged()).toList();
    }

    /** The label of the term {@code code}, or the code when it is not listed. */
    public String labelOf(String code) {
        return terms.stream()
                .filter(t -> t.code().equals(code))
                .map(Term::label)
                .findFirst()
                .orElse(code);
    }

    private void change(Callable<Void> work, Runnable done) {
        run(work, unused -> {
            done.run();
            load();
        });
    }

    private <T> void run(Callable<T> work, java.util.function.Consumer<T> then) {
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
            LOG.warn("The organisation's list could not be read or changed ({}): {}", e.problem(), e.getMessage());
            return messages.get("admin.vocabulary.error");
        }
        LOG.error("The organisation's list could not be read or changed", failure);
        return messages.get("admin.vocabulary.error");
    }

    public ObservableList<Term> terms() {
        return terms;
    }

    public ObservableList<Seen> seen() {
        return seen;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
