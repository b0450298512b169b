package org.jalons.server.db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.store.Jdbc;
import org.jalons.server.store.QuestionnaireStore;

/**
 * Questionnaires as data (issue #17): each published version of an organisation's questionnaires, immutable once
 * written. Every existing organisation gets the bundled «Mon pouvoir d’agir» version 1, the questionnaire its phones
 * answered until now; new organisations get it when they are created ({@code OrganisationStore.insert}). Written in
 * Java so that the seed is the bundled file itself, for H2 and PostgreSQL alike.
 */
public class V36__Questionnaires extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table questionnaire_version (
                        organisation_id   uuid not null references organisation (id),
                        questionnaire_id  varchar(64) not null,
                        version           int not null,
                        definition        varchar(100000) not null,
                        retired           boolean not null,
                        published_by      uuid,
                        published_at      timestamp with time zone not null,
                        primary key (organisation_id, questionnaire_id, version)
                    )""");
        }
        List<UUID> organisations =
                new ArrayList<>(Jdbc.list(c, "select id from organisation", row -> Jdbc.uuid(row, "id")));
        Instant now = Instant.now();
        for (UUID organisation : organisations) {
            QuestionnaireStore.seedBundled(c, organisation, now);
        }
    }
}
