package org.jalons.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.Term;
import org.jalons.protocol.Vocabulary.GoalTheme;

/**
 * The organisation's sites and goal themes as the server last listed them, inside the encrypted store, on every
 * role's device: what the pickers propose first, and how a record written with one of a term's labels is shown.
 */
public final class OrgVocabulary {
    private final Database db;

    OrgVocabulary(Database db) {
        this.db = db;
    }

    /** Every term kept, in the server's order (by kind, then label). */
    public List<OrgTerm> all() {
        return db.read(c -> {
            Map<String, List<String>> labels = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT CODE, TEXT FROM ORG_TERM_LABEL ORDER BY TEXT");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    labels.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                }
            }
            List<OrgTerm> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT CODE, KIND, LABEL, EASY_LABEL, ACTIVE FROM ORG_TERM ORDER BY POSITION");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString("CODE");
                    list.add(new OrgTerm(
                            OrgTerm.Kind.valueOf(rs.getString("KIND")),
                            code,
                            rs.getString("LABEL"),
                            rs.getString("EASY_LABEL"),
                            rs.getBoolean("ACTIVE"),
                            labels.getOrDefault(code, List.of())));
                }
            }
            return list;
        });
    }

    /** The terms of {@code kind} still proposed, in order. */
    public List<OrgTerm> proposed(OrgTerm.Kind kind) {
        return all().stream().filter(t -> t.kind() == kind && t.active()).toList();
    }

    /** The term a free text of {@code kind} shows as: one whose label it is or was. */
    public Optional<OrgTerm> shownAs(OrgTerm.Kind kind, String text) {
        return all().stream().filter(t -> t.kind() == kind && t.names(text)).findFirst();
    }

    /**
     * How a goal theme reads: a free text that is, or was, the label of one of the organisation's themes reads as
     * that theme's label now (its easy-read label when {@code easy}); a code reads as {@code known} says.
     */
    public String themeText(Term<GoalTheme> theme, Function<GoalTheme, String> known, boolean easy) {
        if (!theme.isCustom()) {
            return known.apply(theme.known());
        }
        return shownAs(OrgTerm.Kind.GOAL_THEME, theme.custom())
                .map(t -> easy ? t.easyOrLabel() : t.label())
                .orElse(theme.custom());
    }

    /**
     * Keeps {@code terms} in place of the last list, in one transaction. A term the server sent with no code or an
     * unusable label is left out (the others are kept); a code listed twice is kept once.
     */
    public void replace(List<OrgTerm> terms) {
        db.inTransaction(c -> {
            forget(c);
            int position = 0;
            for (OrgTerm term : terms) {
                if (!term.keepable()) {
                    continue;
                }
                try (PreparedStatement ps = c.prepareStatement("""
                        MERGE INTO ORG_TERM (CODE, KIND, POSITION, LABEL, EASY_LABEL, ACTIVE)
                        KEY (CODE) VALUES (?, ?, ?, ?, ?, ?)""")) {
                    ps.setString(1, term.code());
                    ps.setString(2, term.kind().name());
                    ps.setInt(3, position++);
                    ps.setString(4, term.label().strip());
                    ps.setString(
                            5,
                            term.easyLabel() == null || term.easyLabel().isBlank()
                                    ? null
                                    : term.easyLabel().strip());
                    ps.setBoolean(6, term.active());
                    ps.executeUpdate();
                }
                for (String label : term.labels()) {
                    if (label != null && !label.isBlank() && label.strip().length() <= OrgTerm.LABEL_MAX) {
                        try (PreparedStatement ps = c.prepareStatement("""
                                MERGE INTO ORG_TERM_LABEL (KIND, TEXT, CODE) KEY (KIND, TEXT) VALUES (?, ?, ?)""")) {
                            ps.setString(1, term.kind().name());
                            ps.setString(2, label.strip());
                            ps.setString(3, term.code());
                            ps.executeUpdate();
                        }
                    }
                }
            }
            return null;
        });
    }

    /** The previous user's list leaves the device (pairing as another user); rows removed. */
    public static int forget(Connection c) throws SQLException {
        int removed = 0;
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ORG_TERM_LABEL")) {
            removed += ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM ORG_TERM")) {
            removed += ps.executeUpdate();
        }
        return removed;
    }
}
