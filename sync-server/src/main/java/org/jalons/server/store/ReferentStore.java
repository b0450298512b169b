package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Referent;

/** The history of each person's counsellors (migration V28): who became or stopped being their referent, when, by whom. */
public final class ReferentStore {

    public void append(
            Connection c,
            UUID organisationId,
            UUID beneficiaryId,
            UUID counsellorId,
            Referent.Change change,
            Instant at,
            UUID by)
            throws SQLException {
        Jdbc.update(c, """
                insert into referent_change (organisation_id, beneficiary_id, counsellor_id, change, changed_at,
                                             changed_by)
                values (?, ?, ?, ?, ?, ?)
                """, organisationId, beneficiaryId, counsellorId, change.name(), at, by);
    }

    /** The person's history, oldest first. */
    public List<Referent> of(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select h.counsellor_id, cu.display_name as counsellor_name, h.change, h.changed_at, h.changed_by,
                       bu.display_name as by_name
                from referent_change h
                join app_user cu on cu.id = h.counsellor_id
                left join app_user bu on bu.id = h.changed_by
                where h.organisation_id = ? and h.beneficiary_id = ?
                order by h.id
                """,
                row -> new Referent(
                        Jdbc.uuid(row, "counsellor_id"),
                        row.getString("counsellor_name"),
                        Referent.Change.valueOf(row.getString("change")),
                        Jdbc.instant(row, "changed_at"),
                        Jdbc.uuid(row, "changed_by"),
                        row.getString("by_name")),
                organisationId,
                beneficiaryId);
    }

    /** An erasure: the person's history goes with the rest of their file. */
    public void erase(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        Jdbc.update(c, """
                delete from referent_change where organisation_id = ? and beneficiary_id = ?
                """, organisationId, beneficiaryId);
    }
}
