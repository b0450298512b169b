package org.jalons.export;

import java.util.List;
import java.util.Map;
import org.jalons.domain.RecordKind;

/**
 * What an import did: everything (counts per kind), or nothing at all, with each refused entry and why, or the
 * reason the whole file was refused.
 *
 * @param fileProblem the message key of why the whole file was refused (not JSON, wrong version, too big…), or null
 * @param imported    records written per kind (empty when anything was refused: nothing was written)
 * @param unchanged   records that were already on this phone exactly as in the file
 * @param refused     the entries refused, each with its plain-words reason
 */
public record ImportReport(String fileProblem, Map<RecordKind, Integer> imported, int unchanged,
                           List<Refusal> refused) {

    /** One refused entry: its place in the file, its kind and id when readable, and the message key and argument. */
    public record Refusal(int index, String kind, String id, String reasonKey, String detail) {
    }

    public boolean succeeded() {
        return fileProblem == null && refused.isEmpty();
    }

    public int total() {
        return imported.values().stream().mapToInt(Integer::intValue).sum();
    }

    static ImportReport fileRefused(String key) {
        return new ImportReport(key, Map.of(), 0, List.of());
    }
}
