package org.jalons.server.summary;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.jalons.server.model.StoredRecord;
import org.jalons.server.store.Stores;
import org.jalons.server.summary.store.SharedWordStore;
import org.jalons.server.summary.store.SharedWordStore.StoredWord;

/**
 * The words people share with the structure, as the statistics keep them (table {@code agg_shared_word}, migration
 * V35): a person's rows are derived again from their live records whenever one of their shared words, their
 * NOTES_SHARED_SUPERVISOR consent or one of their goals changes, so the table follows withdrawals, consents and
 * themes. Read a theme at a time: a theme's words are shown only when at least k different people said them.
 */
public final class SharedWords {

    /** The kinds whose changes may change what a person's shared words show. */
    static final Set<String> FOLLOWS = Set.of("sharedWord", "consent", "goal");

    static final String NOTES_SHARED = "NOTES_SHARED_SUPERVISOR";

    /** One theme's words as shown; {@code theme} null: words that speak about no goal. */
    public record Group(String theme, List<Word> words) {}

    /** Words and their month, {@code yyyy-MM}: nothing that says whose. */
    public record Word(String month, String text) {}

    /** What a supervisor reads: the themes shown, and how many were hidden because too few people spoke. */
    public record Answer(int k, List<Group> groups, int suppressed) {}

    private final Stores stores;
    private final SharedWordStore table = new SharedWordStore();

    public SharedWords(Stores stores) {
        this.stores = stores;
    }

    /** The person's own words a shared word may point at: a note they wrote, the comment of their own check-in. */
    public static boolean ownWords(StoredRecord words) {
        ObjectNode f = words.fields();
        return switch (words.kind()) {
            case "note" -> "BENEFICIARY".equals(f.path("authorRole").asText());
            case "checkIn" ->
                "BENEFICIARY".equals(f.path("rater").asText())
                        && !f.path("comment").asText("").isBlank();
            default -> false;
        };
    }

    /** Derives the person's rows again from their live records. */
    void refresh(Connection c, UUID org, UUID person) throws SQLException {
        SharedWordStore.forget(c, org, person);
        List<StoredRecord> shared = stores.records().liveOfBeneficiary(c, org, person, "sharedWord");
        if (shared.isEmpty() || !stores.consents().isGranted(c, org, person, NOTES_SHARED)) {
            return;
        }
        for (StoredRecord word : shared) {
            ObjectNode f = word.fields();
            if (!f.hasNonNull("rereadAt") || f.hasNonNull("withdrawnAt")) {
                continue;
            }
            Optional<StoredRecord> words =
                    live(c, org, person, f.path("recordId").asText(""));
            if (words.isEmpty() || !ownWords(words.get())) {
                continue;
            }
            ObjectNode w = words.get().fields();
            boolean note = "note".equals(words.get().kind());
            String text = note ? w.path("text").asText("") : w.path("comment").asText("");
            if (text.isBlank()) {
                continue;
            }
            Instant said = Instant.parse(
                    note ? w.path("writtenAt").asText() : w.path("ratedAt").asText());
            // a check-in's comment speaks about its goal; a note about the goal the person named, if any
            String goalId =
                    note ? f.path("goalId").asText("") : w.path("goalId").asText("");
            String theme = live(c, org, person, goalId)
                    .filter(g -> "goal".equals(g.kind()))
                    .map(g -> g.fields().path("theme").asText(""))
                    .orElse("");
            table.insert(c, org, word.id(), person, theme, AggregateRecorder.month(said), text);
        }
    }

    /**
     * The words of the request's period and filters, of people who stay in the statistics, by the theme they are
     * counted under (as the figures count goals); a theme said by fewer than {@code k} people is hidden whole.
     */
    Answer read(Connection c, UUID org, SummaryRequest request, int k) throws SQLException {
        List<StoredWord> rows =
                table.words(c, org, request.fromMonth(), request.toMonth(), request.site(), request.counsellorId());
        Set<String> shownThemes = new HashSet<>(Codes.THEMES);
        shownThemes.addAll(ThemeMapping.rows(c, org));
        // null sorts first: the words about no goal
        Map<String, List<StoredWord>> byTheme = new TreeMap<>(Comparator.nullsFirst(Comparator.naturalOrder()));
        for (StoredWord row : rows) {
            String theme = row.theme().isEmpty() ? null : ThemeMapping.counted(c, org, row.theme());
            if (theme != null && !shownThemes.contains(theme)) {
                theme = SummaryTables.OTHER_CUSTOM;
            }
            if (request.theme() != null && !request.theme().equals(theme)) {
                continue;
            }
            byTheme.computeIfAbsent(theme, t -> new ArrayList<>()).add(row);
        }
        List<Group> groups = new ArrayList<>();
        int suppressed = 0;
        for (Map.Entry<String, List<StoredWord>> theme : byTheme.entrySet()) {
            long people =
                    theme.getValue().stream().map(StoredWord::person).distinct().count();
            if (people < k) {
                suppressed++;
                continue;
            }
            // by month, then by the words themselves: an order that says nothing of who said them
            List<Word> words = theme.getValue().stream()
                    .sorted(Comparator.comparingInt(StoredWord::month).thenComparing(StoredWord::text))
                    .map(r -> new Word(month(r.month()), r.text()))
                    .toList();
            groups.add(new Group(theme.getKey(), words));
        }
        return new Answer(k, groups, suppressed);
    }

    private static String month(int month) {
        return String.format(java.util.Locale.ROOT, "%04d-%02d", month / 12, month % 12 + 1);
    }

    private Optional<StoredRecord> live(Connection c, UUID org, UUID person, String id) throws SQLException {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return stores.records()
                .find(c, org, uuid)
                .filter(r -> !r.deleted() && r.beneficiaryId().equals(person));
    }
}
