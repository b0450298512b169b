package org.jalons.server.db.migration;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jalons.server.store.Jdbc;
import org.jalons.server.store.WorkTeamStore;

/**
 * Work teams (issue #17, the third voice): the teams an admin gives each work supervisor, and a lookup of the people
 * by their current team (the {@code workTeam} of their live beneficiary record), kept by the push that writes it. A
 * work supervisor's pull starts from their teams, then the people of each team, then the records of each person on
 * the (organisation, beneficiary, seq) index: it never walks the whole organisation. The lookup is filled from the
 * records already stored, read in Java so the JSON is parsed alike on H2 and PostgreSQL.
 */
public class V37__Work_teams extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (Statement s = c.createStatement()) {
            s.execute("""
                    create table work_supervisor_team (
                        organisation_id  uuid not null,
                        user_id          uuid not null references app_user (id),
                        team             varchar(120) not null,
                        primary key (user_id, team)
                    )""");
            s.execute("create index work_supervisor_team_by_team on work_supervisor_team (organisation_id, team)");
            s.execute("""
                    create table work_team_member (
                        organisation_id  uuid not null,
                        beneficiary_id   uuid not null,
                        team             varchar(120) not null,
                        primary key (organisation_id, beneficiary_id)
                    )""");
            s.execute(
                    "create index work_team_member_by_team on work_team_member (team, organisation_id, beneficiary_id)");
        }
        List<Object[]> members = new ArrayList<>();
        for (Object[] row : Jdbc.list(
                c,
                "select organisation_id, beneficiary_id, fields from sync_record where kind = 'beneficiary'"
                        + " and deleted = false",
                row -> new Object[] {
                    Jdbc.uuid(row, "organisation_id"), Jdbc.uuid(row, "beneficiary_id"), row.getString("fields")
                })) {
            String team = WorkTeamStore.teamOf((String) row[2]);
            if (team != null) {
                members.add(new Object[] {row[0], row[1], team});
            }
        }
        Jdbc.batch(c, "insert into work_team_member (organisation_id, beneficiary_id, team) values (?, ?, ?)", members);
    }
}
