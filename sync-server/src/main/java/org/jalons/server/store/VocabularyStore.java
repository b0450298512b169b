package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.OrgVocabulary.Alias;
import org.jalons.server.model.OrgVocabulary.Kind;
import org.jalons.server.model.OrgVocabulary.Seen;
import org.jalons.server.model.OrgVocabulary.State;
import org.jalons.server.model.OrgVocabulary.Term;

/**
 * The organisation's own terms (sites and goal themes) and the texts counted as each of them (its labels, past and
 * present, and the free texts an admin adopted or merged into it).
 */
public final class VocabularyStore {

    public List<Term> terms(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select kind, code, label, easy_label, state, merged_into, updated_at, updated_by from org_term"
                        + " where organisation_id = ? order by kind, label, code",
                VocabularyStore::term,
                org);
    }

    public Optional<Term> term(Connection c, UUID org, String code) throws SQLException {
        return Jdbc.one(
                c,
                "select kind, code, label, easy_label, state, merged_into, updated_at, updated_by from org_term"
                        + " where organisation_id = ? and code = ?",
                VocabularyStore::term,
                org,
                code);
    }

    public void insert(Connection c, UUID org, Term term, UUID by) throws SQLException {
        Jdbc.update(
                c,
                "insert into org_term (organisation_id, kind, code, label, easy_label, state, merged_into, created_by,"
                        + " created_at, updated_by, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                org,
                term.kind().name(),
                term.code(),
                term.label(),
                term.easyLabel(),
                term.state().name(),
                term.mergedInto(),
                by,
                term.updatedAt(),
                by,
                term.updatedAt());
    }

    public void update(Connection c, UUID org, Term term) throws SQLException {
        Jdbc.update(
                c,
                "update org_term set label = ?, easy_label = ?, state = ?, merged_into = ?, updated_by = ?,"
                        + " updated_at = ? where organisation_id = ? and code = ?",
                term.label(),
                term.easyLabel(),
                term.state().name(),
                term.mergedInto(),
                term.updatedBy(),
                term.updatedAt(),
                org,
                term.code());
    }

    /** Terms merged into {@code from} now count as {@code into}, and so do the texts of {@code from}. */
    public void moveInto(Connection c, UUID org, String from, String into) throws SQLException {
        Jdbc.update(
                c,
                "update org_term set merged_into = ? where organisation_id = ? and merged_into = ?",
                into,
                org,
                from);
        Jdbc.update(c, "update org_term_alias set code = ? where organisation_id = ? and code = ?", into, org, from);
    }

    public Optional<String> aliasCode(Connection c, UUID org, Kind kind, String text) throws SQLException {
        return Jdbc.one(
                c,
                "select code from org_term_alias where organisation_id = ? and kind = ? and text = ?",
                row -> row.getString(1),
                org,
                kind.name(),
                text);
    }

    public List<Alias> aliases(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select kind, text, code, is_label from org_term_alias where organisation_id = ? order by kind, text",
                row -> new Alias(Kind.valueOf(row.getString(1)), row.getString(2), row.getString(3), row.getBoolean(4)),
                org);
    }

    /** Counts {@code text} as the term {@code code} from now on (in place of any term it counted as before). */
    public void putAlias(
            Connection c, UUID org, Kind kind, String text, String code, boolean label, UUID by, Instant now)
            throws SQLException {
        int updated = Jdbc.update(
                c,
                "update org_term_alias set code = ?, is_label = ?, added_by = ?, added_at = ? where organisation_id = ?"
                        + " and kind = ? and text = ?",
                code,
                label,
                by,
                now,
                org,
                kind.name(),
                text);
        if (updated == 0) {
            Jdbc.update(
                    c,
                    "insert into org_term_alias (organisation_id, kind, text, code, is_label, added_by, added_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    org,
                    kind.name(),
                    text,
                    code,
                    label,
                    by,
                    now);
        }
    }

    /**
     * The free texts found in the records: goal themes written {@code custom:<text>} (per goal) and sites (per
     * person), with the term each counts as.
     */
    public List<Seen> seen(Connection c, UUID org) throws SQLException {
        List<Seen> seen = new java.util.ArrayList<>(Jdbc.list(
                c,
                "select g.wire_theme, count(*), a.code from agg_goal g left join org_term_alias a"
                        + " on a.organisation_id = g.organisation_id and a.kind = 'GOAL_THEME'"
                        + " and a.text = substring(g.wire_theme, 8) where g.organisation_id = ?"
                        + " and left(g.wire_theme, 7) = 'custom:' group by g.wire_theme, a.code order by g.wire_theme",
                row -> new Seen(Kind.GOAL_THEME, row.getString(1).substring(7), row.getLong(2), row.getString(3)),
                org));
        seen.addAll(Jdbc.list(
                c,
                "select p.site, count(*), a.code from agg_person p left join org_term_alias a"
                        + " on a.organisation_id = p.organisation_id and a.kind = 'SITE' and a.text = p.site"
                        + " where p.organisation_id = ? and p.site <> '' group by p.site, a.code order by p.site",
                row -> new Seen(Kind.SITE, row.getString(1), row.getLong(2), row.getString(3)),
                org));
        return seen;
    }

    private static Term term(ResultSet row) throws SQLException {
        return new Term(
                Kind.valueOf(row.getString("kind")),
                row.getString("code"),
                row.getString("label"),
                row.getString("easy_label"),
                State.valueOf(row.getString("state")),
                row.getString("merged_into"),
                Jdbc.instant(row, "updated_at"),
                Jdbc.uuid(row, "updated_by"));
    }
}
