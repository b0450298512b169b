package org.jalons.server.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.PublishedQuestionnaire;

/**
 * The published versions of an organisation's questionnaires (PROTOCOL.md, "Questionnaires"): the definition of
 * each version as JSON, written once and never changed; a retired questionnaire keeps its versions (responses name
 * them) and is no longer proposed.
 */
public final class QuestionnaireStore {

    /** The bundled «Mon pouvoir d’agir» version 1, the same file as the app's (a test holds them equal). */
    public static final String BUNDLED = "/org/jalons/server/questionnaires/pouvoir-agir-v1.json";

    public static final String BUNDLED_ID = "pouvoir-agir";

    /** Gives an organisation the bundled questionnaire, the first of its questionnaires. */
    public static void seedBundled(Connection c, UUID organisation, Instant now) throws SQLException {
        Jdbc.update(
                c,
                "insert into questionnaire_version (organisation_id, questionnaire_id, version, definition, retired,"
                        + " published_by, published_at) values (?, ?, 1, ?, false, null, ?)",
                organisation,
                BUNDLED_ID,
                bundledJson(),
                now);
    }

    public static String bundledJson() {
        try (InputStream in = QuestionnaireStore.class.getResourceAsStream(BUNDLED)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<PublishedQuestionnaire> all(Connection c, UUID org) throws SQLException {
        return Jdbc.list(
                c,
                "select questionnaire_id, version, definition, retired, published_at from questionnaire_version"
                        + " where organisation_id = ? order by questionnaire_id, version",
                QuestionnaireStore::version,
                org);
    }

    public List<PublishedQuestionnaire> versions(Connection c, UUID org, String questionnaireId) throws SQLException {
        return Jdbc.list(
                c,
                "select questionnaire_id, version, definition, retired, published_at from questionnaire_version"
                        + " where organisation_id = ? and questionnaire_id = ? order by version",
                QuestionnaireStore::version,
                org,
                questionnaireId);
    }

    public Optional<PublishedQuestionnaire> version(Connection c, UUID org, String questionnaireId, int version)
            throws SQLException {
        return Jdbc.one(
                c,
                "select questionnaire_id, version, definition, retired, published_at from questionnaire_version"
                        + " where organisation_id = ? and questionnaire_id = ? and version = ?",
                QuestionnaireStore::version,
                org,
                questionnaireId,
                version);
    }

    public void insert(
            Connection c, UUID org, String questionnaireId, int version, String definition, UUID by, Instant now)
            throws SQLException {
        Jdbc.update(
                c,
                "insert into questionnaire_version (organisation_id, questionnaire_id, version, definition, retired,"
                        + " published_by, published_at) values (?, ?, ?, ?, false, ?, ?)",
                org,
                questionnaireId,
                version,
                definition,
                by,
                now);
    }

    public void retire(Connection c, UUID org, String questionnaireId) throws SQLException {
        Jdbc.update(
                c,
                "update questionnaire_version set retired = true where organisation_id = ? and questionnaire_id = ?",
                org,
                questionnaireId);
    }

    private static PublishedQuestionnaire version(ResultSet row) throws SQLException {
        return new PublishedQuestionnaire(
                row.getString("questionnaire_id"),
                row.getInt("version"),
                row.getString("definition"),
                row.getBoolean("retired"),
                Jdbc.instant(row, "published_at"));
    }
}
