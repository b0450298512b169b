package org.jalons.server.summary;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.OrgVocabulary.Kind;
import org.jalons.server.model.OrgVocabulary.Term;
import org.jalons.server.store.VocabularyStore;
import org.jalons.server.summary.store.AggregateStore;
import org.jalons.server.summary.store.SummaryRollups;

/**
 * Where a person's site as written on the phone becomes the site their figures are counted under: a text that is a
 * label (present or past) or an adopted or merged text of one of the organisation's sites counts under that site's
 * label of today (after a merge, the label of the site it was merged into); any other text stays as written.
 * Records are never rewritten: the projection keeps the written site next to the counted one, and {@link #remap}
 * counts every person again when the sites change, as {@link ThemeMapping} does for goal themes. Sites are counted by
 * label, not by code, because a supervisor chooses and reads a site by its name.
 */
public final class SiteMapping {

    private static final VocabularyStore VOCABULARY = new VocabularyStore();
    private static final AggregateStore AGGREGATES = new AggregateStore();

    private SiteMapping() {}

    /** The site {@code written} (already stripped; '' for none) is counted under. */
    public static String counted(Connection c, UUID org, String written) throws SQLException {
        if (written.isEmpty()) {
            return written;
        }
        Optional<String> code = VOCABULARY.aliasCode(c, org, Kind.SITE, written);
        if (code.isEmpty()) {
            return written;
        }
        return VOCABULARY.term(c, org, code.get()).map(Term::label).orElse(written);
    }

    /**
     * Counts every person of the organisation under their site as the sites now say, and when any moved rebuilds the
     * organisation's cells from the facts. The caller holds the organisation's statistics lease. True when a figure
     * may have changed.
     */
    public static boolean remap(Connection c, UUID org) throws SQLException {
        boolean changed = false;
        for (AggregateStore.WrittenSite pair : AGGREGATES.writtenSites(c, org)) {
            String now = counted(c, org, pair.written());
            if (!now.equals(pair.counted())) {
                AGGREGATES.countSiteAs(c, org, pair.written(), now);
                changed = true;
            }
        }
        if (changed) {
            SummaryRollups.rebuild(c, org);
        }
        return changed;
    }
}
