package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The organisation's people as the admin lists them, in one query: each person's profile and exits (live records)
 * and, in the same answer, their places in active counsellors' caseloads with the counsellors' names.
 */
public final class PeopleStore {

    /** A row of the answer: a record ({@code kind} beneficiary or exit) or a caseload place ({@code caseload}). */
    public record Row(
            UUID personId, String kind, String fields, Instant updatedAt, UUID counsellorId, String counsellorName) {}

    public List<Row> rows(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select r.beneficiary_id as person_id, r.kind, r.fields, r.updated_at,
                       cast(null as uuid) as counsellor_id, cast(null as varchar(120)) as counsellor_name
                from sync_record r
                where r.organisation_id = ? and r.kind in ('beneficiary', 'exit') and r.deleted = false
                union all
                select cl.beneficiary_id, 'caseload', cast(null as varchar(1000000)),
                       cast(null as timestamp with time zone), u.id, u.display_name
                from caseload cl join app_user u on u.id = cl.counsellor_id
                where u.organisation_id = ? and u.deactivated_at is null
                """,
                row -> new Row(
                        Jdbc.uuid(row, "person_id"),
                        row.getString("kind"),
                        row.getString("fields"),
                        Jdbc.instant(row, "updated_at"),
                        Jdbc.uuid(row, "counsellor_id"),
                        row.getString("counsellor_name")),
                organisationId,
                organisationId);
    }
}
