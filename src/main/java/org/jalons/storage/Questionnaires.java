package org.jalons.storage;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jalons.domain.questionnaire.Questionnaire;
import org.jalons.domain.questionnaire.QuestionnaireCatalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The organisation's questionnaires as the server last listed them, every published version, inside the encrypted
 * store on every role's device; the bundled questionnaire until the first sync. A response names its version, so
 * every version stays readable here; only the last version of a questionnaire not retired is proposed.
 */
public final class Questionnaires {
    private static final Logger LOG = LoggerFactory.getLogger(Questionnaires.class);

    /** One version as the server listed it. */
    public record Published(Questionnaire questionnaire, boolean retired) {}

    private final Database db;

    Questionnaires(Database db) {
        this.db = db;
    }

    /** Every version kept (the bundled one when none is), by questionnaire then version. */
    public List<Published> all() {
        List<Published> kept = db.read(c -> {
            List<Published> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                            "SELECT DEFINITION, RETIRED FROM QUESTIONNAIRE_VERSION ORDER BY QUESTIONNAIRE_ID, VERSION");
                    ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    try {
                        list.add(new Published(QuestionnaireCatalog.parse(rs.getString(1)), rs.getBoolean(2)));
                    } catch (IOException e) {
                        LOG.warn("A kept questionnaire cannot be read; it is left out", e);
                    }
                }
            }
            return list;
        });
        return kept.isEmpty() ? List.of(new Published(QuestionnaireCatalog.pouvoirAgir(), false)) : kept;
    }

    /** The questionnaires proposed: the last version of each one not retired, by title. */
    public List<Questionnaire> active() {
        Map<String, Published> last = new LinkedHashMap<>();
        for (Published p : all()) {
            last.put(p.questionnaire().id(), p);
        }
        return last.values().stream()
                .filter(p -> !p.retired())
                .map(Published::questionnaire)
                .sorted(Comparator.comparing(q -> q.title().get("fr")))
                .toList();
    }

    /** The version a response names, if this device knows it. */
    public Optional<Questionnaire> find(String id, int version) {
        return all().stream()
                .map(Published::questionnaire)
                .filter(q -> q.id().equals(id) && q.version() == version)
                .findFirst();
    }

    /** Keeps {@code versions} in place of the last list, in one transaction; an unreadable one is left out. */
    public void replace(List<Published> versions) {
        db.inTransaction(c -> {
            forget(c);
            for (Published p : versions) {
                Questionnaire q = p.questionnaire();
                try (PreparedStatement ps = c.prepareStatement("""
                        MERGE INTO QUESTIONNAIRE_VERSION (QUESTIONNAIRE_ID, VERSION, DEFINITION, RETIRED)
                        KEY (QUESTIONNAIRE_ID, VERSION) VALUES (?, ?, ?, ?)""")) {
                    ps.setString(1, q.id());
                    ps.setInt(2, q.version());
                    ps.setString(3, QuestionnaireCatalog.write(q));
                    ps.setBoolean(4, p.retired());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** The previous user's organisation's questionnaires leave the device (pairing as another user). */
    public static int forget(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM QUESTIONNAIRE_VERSION")) {
            return ps.executeUpdate();
        }
    }
}
