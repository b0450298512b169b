package org.jalons.syncui;

import java.util.List;
import java.util.UUID;
import org.jalons.domain.Conflict;
import org.jalons.storage.Json;
import org.jalons.storage.LocalStore;
import org.jalons.sync.ConflictResolver;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conflicts screen: every open conflict with both values side by side; the counsellor keeps the server's,
 * keeps this phone's, or writes a combination of two texts. The choice is saved like an edit and syncs.
 */
public final class ConflictsViewModel extends CardListViewModel<ConflictItem> {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictsViewModel.class);
    /** The pseudo-field of an edit against a delete (see ConflictResolver). */
    static final String DELETED_FIELD = "_deleted";

    private final ConflictResolver resolver;

    public ConflictsViewModel(LocalStore store, Background background, EasyRead texts, Runnable afterResolution) {
        super(store, background, texts, afterResolution);
        this.resolver = new ConflictResolver(store);
    }

    @Override
    protected List<ConflictItem> read(RecordWords words) {
        return resolver.open().stream().map(c -> item(words, c)).toList();
    }

    @Override
    protected void logLoadFailure(Throwable failure) {
        LOG.error("Reading the conflicts failed", failure);
    }

    static ConflictItem item(RecordWords words, Conflict c) {
        String kind = c.recordKind();
        boolean deleted = DELETED_FIELD.equals(c.field());
        Object server = Json.read(c.serverValue());
        Object phone = Json.read(c.clientValue());
        String serverText = deleted ? words.deletedChoice(server) : words.value(kind, c.field(), server);
        String phoneText = deleted ? words.deletedChoice(phone) : words.value(kind, c.field(), phone);
        boolean combinable =
                !deleted && words.isText(kind, c.field()) && server instanceof String && phone instanceof String;
        String draft = combinable ? phone + "\n" + server : "";
        return new ConflictItem(
                c.id(),
                words.record(kind, c.recordId()),
                words.person(c.beneficiaryId()),
                words.field(c.field()),
                serverText,
                phoneText,
                c.serverValue(),
                c.clientValue(),
                combinable,
                draft);
    }

    public void keepServer(ConflictItem item) {
        resolve(item.id(), item.serverJson(), "sync.conflicts.keptServer");
    }

    public void keepPhone(ConflictItem item) {
        resolve(item.id(), item.phoneJson(), "sync.conflicts.keptPhone");
    }

    /** Keeps a text the person wrote from both values. An empty combination is refused (choose a side instead). */
    public void combine(ConflictItem item, String text) {
        if (!item.combinable()) {
            throw new IllegalArgumentException("Only two texts can be combined");
        }
        if (text == null || text.isBlank()) {
            error.set(texts.get("sync.conflicts.combineEmpty"));
            return;
        }
        resolve(item.id(), Json.write(text.strip()), "sync.conflicts.combined");
    }

    private void resolve(UUID id, String json, String doneKey) {
        act(
                () -> {
                    resolver.resolve(id, json);
                    return null;
                },
                doneKey,
                "sync.conflicts.failed",
                failure -> LOG.error("Resolving conflict {} failed", id, failure));
    }
}
