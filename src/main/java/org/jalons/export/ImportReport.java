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
 * @param kept        records already on this phone in another version: this phone's was kept, the file's not taken
 * @param leftOut     records left out because this phone's account may not record them (a counsellor's ratings and
 *                    notes, on a person's own phone)
 * @param renamed     records written with a new id, because they moved into another parcours than the file's
 * @param collided    of those, records whose id in the file was already used on this phone
 * @param history     records kept as the former structure's history: this phone's account may not write them
 *                    (PROTOCOL.md, Write rights), so they are read-only here and never sent (not in {@code imported})
 */
public record ImportReport(
        String fileProblem,
        Map<RecordKind, Integer> imported,
        int unchanged,
        List<Refusal> refused,
        int kept,
        int leftOut,
        int renamed,
        int collided,
        int history) {

    /** One refused entry: its place in the file, its kind and id when readable, and the message key and argument. */
    public record Refusal(int index, String kind, String id, String reasonKey, String detail) {}

    public boolean succeeded() {
        return fileProblem == null && refused.isEmpty();
    }

    public int total() {
        return imported.values().stream().mapToInt(Integer::intValue).sum();
    }

    static ImportReport fileRefused(String key) {
        return new ImportReport(key, Map.of(), 0, List.of(), 0, 0, 0, 0, 0);
    }

    static ImportReport refused(List<Refusal> refused) {
        return new ImportReport(null, Map.of(), 0, List.copyOf(refused), 0, 0, 0, 0, 0);
    }
}
