package org.jalons.storage;

import java.util.Map;
import java.util.Optional;

/** Where forms keep their drafts: {@link Drafts} in the encrypted store; tests may wrap it to watch its use. */
public interface DraftStore {
    Optional<Map<String, Object>> load(DraftKey draft);

    void save(DraftKey draft, Map<String, Object> content);

    void clear(DraftKey draft);
}
