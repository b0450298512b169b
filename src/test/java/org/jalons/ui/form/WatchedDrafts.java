package org.jalons.ui.form;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jalons.storage.DraftKey;
import org.jalons.storage.DraftStore;
import org.jalons.storage.Drafts;
import org.jalons.storage.StoreException;

/** The store's real drafts, with a note of every use (what, on which thread) and writes that can be made to fail. */
final class WatchedDrafts implements DraftStore {
    record Use(String what, String thread, Map<String, Object> content) {}

    private final Drafts drafts;
    final List<Use> uses = new CopyOnWriteArrayList<>();
    volatile boolean failWrites;

    WatchedDrafts(Drafts drafts) {
        this.drafts = drafts;
    }

    @Override
    public Optional<Map<String, Object>> load(DraftKey draft) {
        uses.add(new Use("load", Thread.currentThread().getName(), Map.of()));
        return drafts.load(draft);
    }

    @Override
    public void save(DraftKey draft, Map<String, Object> content) {
        uses.add(new Use("save", Thread.currentThread().getName(), content));
        if (failWrites) {
            throw new StoreException("disk full");
        }
        drafts.save(draft, content);
    }

    @Override
    public void clear(DraftKey draft) {
        uses.add(new Use("clear", Thread.currentThread().getName(), Map.of()));
        drafts.clear(draft);
    }

    List<Use> saves() {
        return uses.stream().filter(u -> u.what().equals("save")).toList();
    }
}
