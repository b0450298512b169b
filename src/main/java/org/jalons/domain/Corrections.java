package org.jalons.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An original and its corrections (PROTOCOL.md, "Amendments"). The current version is the latest correction (by its
 * time, then by id as text: every phone picks the same one), the original when there is none; two corrections made
 * offline on two phones are both kept, in the history. {@code original} is null while a correction arrived without
 * its original (it then stands for it).
 */
public record Corrections<T extends Amendable>(UUID id, T original, List<T> corrections) {

    /** Latest first: the correction's time, then its id as text. */
    private static final Comparator<Amendable> LATEST_FIRST = Comparator.comparing(
                    Amendable::correctedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(a -> a.id().toString())
            .reversed();

    public Corrections {
        List<T> sorted = new ArrayList<>(corrections);
        sorted.sort(LATEST_FIRST);
        corrections = List.copyOf(sorted);
    }

    /** Every record grouped in chains, one per original, in the order their first record comes in {@code records}. */
    public static <T extends Amendable> List<Corrections<T>> chains(Collection<T> records) {
        Map<UUID, T> originals = new LinkedHashMap<>();
        Map<UUID, List<T>> corrections = new LinkedHashMap<>();
        for (T r : records) {
            corrections.computeIfAbsent(r.original(), k -> new ArrayList<>());
            if (r.amends() == null) {
                originals.put(r.id(), r);
            } else {
                corrections.get(r.original()).add(r);
            }
        }
        List<Corrections<T>> out = new ArrayList<>(corrections.size());
        corrections.forEach((id, list) -> out.add(new Corrections<>(id, originals.get(id), list)));
        return out;
    }

    /** The current version of each chain, in the order of {@link #chains}: what a list shows, once per record. */
    public static <T extends Amendable> List<T> current(Collection<T> records) {
        List<T> out = new ArrayList<>();
        for (Corrections<T> chain : chains(records)) {
            out.add(chain.current());
        }
        return out;
    }

    /** The chain of {@code id} (an original or any of its corrections) among {@code records}. */
    public static <T extends Amendable> Corrections<T> of(Collection<T> records, UUID id) {
        UUID root = records.stream()
                .filter(r -> r.id().equals(id))
                .map(Amendable::original)
                .findFirst()
                .orElse(id);
        return chains(records.stream().filter(r -> r.original().equals(root)).toList()).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No record " + id));
    }

    public T current() {
        return corrections.isEmpty() ? original : corrections.get(0);
    }

    /** The original, or the earliest correction when the original is not here yet. */
    public T first() {
        return original != null ? original : corrections.get(corrections.size() - 1);
    }

    public boolean amended() {
        return !corrections.isEmpty();
    }

    /** Every version, the current first and the original last. */
    public List<T> history() {
        List<T> out = new ArrayList<>(corrections);
        if (original != null) {
            out.add(original);
        }
        return out;
    }
}
