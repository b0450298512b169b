package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.CounsellorProfile;

/** The profiles counsellors show to the people they support (one row per counsellor who set one). */
public final class CounsellorProfileStore {

    /** Writes the profile, replacing the counsellor's previous one (update first: portable, no MERGE dialect). */
    public void put(Connection c, CounsellorProfile profile, Instant now) throws SQLException {
        int updated = Jdbc.update(
                c, """
                update counsellor_profile set display_name = ?, address_form = ?, work_phone = ?, updated_at = ?
                where user_id = ?
                """, profile.displayName(), profile.addressForm(), profile.workPhone(), now, profile.userId());
        if (updated == 0) {
            Jdbc.update(
                    c, """
                    insert into counsellor_profile (user_id, display_name, address_form, work_phone, updated_at)
                    values (?, ?, ?, ?, ?)
                    """, profile.userId(), profile.displayName(), profile.addressForm(), profile.workPhone(), now);
        }
    }

    /**
     * The profiles of the counsellors of {@code organisationId} whose caseload holds {@code beneficiaryId}; those who
     * set none are not listed (nothing chosen, nothing shown).
     */
    public List<CounsellorProfile> forBeneficiary(Connection c, UUID organisationId, UUID beneficiaryId)
            throws SQLException {
        return Jdbc.list(c, """
                select p.user_id, p.display_name, p.address_form, p.work_phone
                from caseload k
                join app_user u on u.id = k.counsellor_id
                join counsellor_profile p on p.user_id = u.id
                where k.beneficiary_id = ? and u.organisation_id = ? and u.role = 'COUNSELLOR' and u.deactivated_at is null
                order by p.display_name, p.user_id
                """, CounsellorProfileStore::map, beneficiaryId, organisationId);
    }

    private static CounsellorProfile map(ResultSet row) throws SQLException {
        return new CounsellorProfile(
                Jdbc.uuid(row, "user_id"),
                row.getString("display_name"),
                row.getString("address_form"),
                row.getString("work_phone"));
    }
}
