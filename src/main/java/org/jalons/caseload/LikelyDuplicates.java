package org.jalons.caseload;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jalons.domain.Beneficiary;

/**
 * Two files that are likely the same person (docs/APP.md, "A new person and likely duplicates"): the same name, read
 * without accents, case, punctuation or spaces and in any order of its words ("Benali Samia" is "Samia BENALI"), and
 * the same entry date or the same site. A same name alone is not enough: two people may share one.
 */
public final class LikelyDuplicates {
    private LikelyDuplicates() {}

    /** Two files of the caseload that are likely one person: {@code kept} is the one created first. */
    public record Pair(Beneficiary kept, Beneficiary other) {}

    public static boolean likelySame(Beneficiary a, Beneficiary b) {
        if (a.id().equals(b.id())) {
            return false;
        }
        String name = nameKey(a.displayName());
        if (name.isEmpty() || !name.equals(nameKey(b.displayName()))) {
            return false;
        }
        boolean sameEntry = a.entryDate() != null && a.entryDate().equals(b.entryDate());
        String site = fold(a.site());
        return sameEntry || (!site.isEmpty() && site.equals(fold(b.site())));
    }

    /** The files of {@code caseload} that {@code candidate} is likely to be, in the caseload's order. */
    public static List<Beneficiary> of(Beneficiary candidate, List<Beneficiary> caseload) {
        return caseload.stream().filter(b -> likelySame(candidate, b)).toList();
    }

    /**
     * Every pair of files of the caseload that are likely one person, found by grouping on the name (not by comparing
     * every file with every other: a caseload has hundreds). The file created first (ids are time-ordered) is kept.
     */
    public static List<Pair> pairs(List<Beneficiary> caseload) {
        Map<String, List<Beneficiary>> byName = new LinkedHashMap<>();
        for (Beneficiary b : caseload) {
            String key = nameKey(b.displayName());
            if (!key.isEmpty()) {
                byName.computeIfAbsent(key, k -> new ArrayList<>()).add(b);
            }
        }
        List<Pair> pairs = new ArrayList<>();
        for (List<Beneficiary> same : byName.values()) {
            same.sort(Comparator.comparing(Beneficiary::id));
            for (int i = 0; i < same.size(); i++) {
                for (int j = i + 1; j < same.size(); j++) {
                    if (likelySame(same.get(i), same.get(j))) {
                        pairs.add(new Pair(same.get(i), same.get(j)));
                    }
                }
            }
        }
        return pairs;
    }

    /** The name's words, folded and sorted: first and last name in either order give the same key. */
    static String nameKey(String name) {
        String[] words = fold(name).split("[^\\p{L}\\p{N}]+");
        return String.join(
                " ", Arrays.stream(words).filter(w -> !w.isEmpty()).sorted().toList());
    }

    /** Lower case, no accents, one space between words. */
    static String fold(String s) {
        return Normalizer.normalize(Objects.requireNonNullElse(s, ""), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
