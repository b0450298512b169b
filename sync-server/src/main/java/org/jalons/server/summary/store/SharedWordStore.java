package org.jalons.server.summary.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jalons.server.store.Jdbc;

/** The table of words people share with the structure (migration V35), for the projector and the summary. */
public final class SharedWordStore {

    /** One row: the words, the theme as written on the goal ('' none), their month, and whose (never answered). */
    public record StoredWord(String theme, int month, String text, UUID person) {}

    public void insert(Connection c, UUID org, UUID sharedWordId, UUID person, String theme, int month, String text)
            throws SQLException {
        Jdbc.update(c, """
                insert into agg_shared_word (organisation_id, shared_word_id, beneficiary_id, theme, word_month, words)
                values (?, ?, ?, ?, ?, ?)
                """, org, sharedWordId, person, theme, month, text);
    }

    /** Takes the person's rows out (derived again, or their file deleted or erased). */
    public static void forget(Connection c, UUID org, UUID person) throws SQLException {
        Jdbc.update(c, "delete from agg_shared_word where organisation_id = ? and beneficiary_id = ?", org, person);
    }

    /** Every row of the organisation (the projection is rebuilt). */
    static void forgetAll(Connection c, UUID org) throws SQLException {
        Jdbc.update(c, "delete from agg_shared_word where organisation_id = ?", org);
    }

    /**
     * The words of the months {@code fromMonth..toMonth} of people who stay in the statistics (not refused), within
     * a site and a counsellor when given (where the person counts today, as in agg_person).
     */
    public List<StoredWord> words(Connection c, UUID org, int fromMonth, int toMonth, String site, UUID counsellorId)
            throws SQLException {
        StringBuilder sql = new StringBuilder("""
                select w.theme, w.word_month, w.words, w.beneficiary_id
                from agg_shared_word w
                join agg_person p on p.organisation_id = w.organisation_id and p.beneficiary_id = w.beneficiary_id
                where w.organisation_id = ? and w.word_month >= ? and w.word_month <= ? and p.stats_refused = false
                """);
        List<Object> args = new ArrayList<>(List.of(org, fromMonth, toMonth));
        if (site != null) {
            sql.append(" and p.site = ?");
            args.add(site);
        }
        if (counsellorId != null) {
            sql.append(" and p.counsellor_id = ?");
            args.add(counsellorId);
        }
        return Jdbc.list(
                c,
                sql.toString(),
                r -> new StoredWord(r.getString(1), r.getInt(2), r.getString(3), Jdbc.uuid(r, "beneficiary_id")),
                args.toArray());
    }
}
