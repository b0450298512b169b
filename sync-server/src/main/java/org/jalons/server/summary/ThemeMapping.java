package org.jalons.server.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.OrgVocabulary;
import org.jalons.server.model.OrgVocabulary.Kind;
import org.jalons.server.store.VocabularyStore;
import org.jalons.server.summary.store.AggregateStore;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * Where a goal's theme as written on the phone becomes the theme its statistics count it under: a code of the
 * vocabulary stays itself; {@code custom:<text>} counts under the organisation's term whose label (present or past)
 * or adopted free text is {@code <text>}, by the term's stable code (after any merge, the term it was merged into);
 * any other free text stays free (counted in OTHER_CUSTOM). Records are never rewritten: the projection stores the
 * written theme next to the counted one, and {@link #remap} counts every goal again when the terms change.
 */
public final class ThemeMapping {

    private static final String CUSTOM = "custom:";
    private static final VocabularyStore VOCABULARY = new VocabularyStore();
    private static final AggregateStore AGGREGATES = new AggregateStore();

    private ThemeMapping() {}

    /** The theme {@code written} is counted under in the organisation's statistics. */
    public static String counted(Connection c, UUID org, String written) throws SQLException {
        if (written == null || !written.startsWith(CUSTOM)) {
            return written;
        }
        String text = written.substring(CUSTOM.length()).strip();
        return VOCABULARY.aliasCode(c, org, Kind.GOAL_THEME, text).orElse(written);
    }

    /**
     * Counts every goal of the organisation under its theme as the terms now say, and when any changed rebuilds the
     * organisation's cells from the facts. The caller holds the organisation's statistics lease. True when a figure
     * may have changed.
     */
    public static boolean remap(Connection c, UUID org) throws SQLException {
        boolean changed = false;
        for (AggregateStore.WrittenTheme pair : AGGREGATES.writtenThemes(c, org)) {
            String now = counted(c, org, pair.written());
            if (!now.equals(pair.counted())) {
                AGGREGATES.countThemeAs(c, org, pair.written(), now);
                changed = true;
            }
        }
        if (changed) {
            AGGREGATES.refreshTrainingThemes(c, org);
            SummaryRollups.rebuild(c, org);
        }
        return changed;
    }

    /** The organisation's goal-theme terms shown as rows of the statistics (not merged ones), by label. */
    static List<String> rows(Connection c, UUID org) throws SQLException {
        return VOCABULARY.terms(c, org).stream()
                .filter(t -> t.kind() == Kind.GOAL_THEME && t.state() != OrgVocabulary.State.MERGED)
                .map(OrgVocabulary.Term::code)
                .toList();
    }
}
