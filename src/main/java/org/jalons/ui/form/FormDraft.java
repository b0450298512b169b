package org.jalons.ui.form;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jalons.storage.DraftKey;
import org.jalons.storage.DraftStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A form's draft in the encrypted store, read and written on the store thread only ({@link Background}), so that
 * typing never waits for the disk. Rapid changes are coalesced: while a write is queued, a newer content replaces
 * the one it will write, so the last one always wins and is written, and a burst of keystrokes costs one or two
 * writes. The store thread runs its work in order, so a clear queued after a write is never undone by it.
 */
public final class FormDraft {
    private static final Logger LOG = LoggerFactory.getLogger(FormDraft.class);

    private final DraftStore drafts;
    private final Background background;
    private final DraftKey key;
    /** The newest content not yet taken by a write; null when every change is written or on its way. */
    private final AtomicReference<Pending> pending = new AtomicReference<>();
    /** Counts the clears (screen's thread only): a write queued before one never writes what came after it. */
    private long generation;
    /** Set once the draft went with its records (in their transaction): nothing is written after. */
    private final AtomicBoolean closed = new AtomicBoolean();

    private record Pending(long generation, Map<String, Object> content) {}

    public FormDraft(DraftStore drafts, Background background, DraftKey key) {
        this.drafts = drafts;
        this.background = background;
        this.key = key;
    }

    public DraftKey key() {
        return key;
    }

    /**
     * Reads the draft on the store thread and hands it (empty if none) to {@code onLoaded} on the screen's thread.
     * A draft that cannot be read is logged and the form starts empty: a draft is a convenience, never a blocker.
     */
    public void load(Consumer<Map<String, Object>> onLoaded) {
        background.run(() -> drafts.load(key).orElse(Map.of()), onLoaded, failure -> {
            LOG.warn("The draft {} cannot be read; the form starts empty", key, failure);
            onLoaded.accept(Map.of());
        });
    }

    /** Keeps this content as the draft, on the store thread, after whatever is queued there. */
    public void save(Map<String, Object> content) {
        long at = generation;
        Pending before = pending.getAndSet(new Pending(at, new LinkedHashMap<>(content)));
        if (closed.get() || (before != null && before.generation() == at)) {
            return; // a write is already queued: it will take this newer content
        }
        background.run(
                () -> {
                    Pending latest = pending.getAndUpdate(p -> p != null && p.generation() == at ? null : p);
                    if (latest != null && latest.generation() == at && !closed.get()) {
                        drafts.save(key, latest.content());
                    }
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft {} could not be saved", key, failure));
    }

    /**
     * Once the form's record is saved: a write still queued is dropped, the stored draft removed; a change made
     * after this starts a new draft, written after the removal.
     */
    public void clear() {
        generation++;
        pending.set(null);
        background.run(
                () -> {
                    drafts.clear(key);
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft {} could not be cleared", key, failure));
    }

    /**
     * For a draft removed in the same transaction as its records (on the store thread): no write queued or made
     * after this brings it back.
     */
    public void close() {
        closed.set(true);
        pending.set(null);
    }
}
