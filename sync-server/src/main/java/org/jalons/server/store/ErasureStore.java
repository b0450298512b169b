package org.jalons.server.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an erasure deletes, and the ids of erased people (migration V27). Each method runs in the caller's
 * transaction; {@link #eraseRecords} must run before the statistics forget the person, since it finds the person's
 * log rows through their records.
 */
public final class ErasureStore {

    /** Who was erased, when, by whom (null: the retention sweep) and why. */
    public record Erased(UUID beneficiaryId, Instant erasedAt, UUID erasedBy, String reason) {}

    /** What an erasure removed, counted for the admin's answer and the audit (counts only, never content). */
    public record Removed(int records, int accounts, int devices) {}

    /** The name an erased person's account and devices keep in the audit viewer instead of theirs. */
    public static final String ERASED_NAME = "(effacé)";

    public boolean isErased(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(c, """
                select 1 from erased_person where organisation_id = ? and beneficiary_id = ?
                """, row -> true, organisationId, beneficiaryId).isPresent();
    }

    public Optional<Erased> find(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        return Jdbc.one(
                c,
                """
                select beneficiary_id, erased_at, erased_by, reason from erased_person
                where organisation_id = ? and beneficiary_id = ?
                """,
                row -> new Erased(
                        Jdbc.uuid(row, "beneficiary_id"),
                        Jdbc.instant(row, "erased_at"),
                        Jdbc.uuid(row, "erased_by"),
                        row.getString("reason")),
                organisationId,
                beneficiaryId);
    }

    public void markErased(Connection c, UUID organisationId, Erased erased) throws SQLException {
        Jdbc.update(
                c, """
                insert into erased_person (organisation_id, beneficiary_id, erased_at, erased_by, reason)
                values (?, ?, ?, ?, ?)
                """, organisationId, erased.beneficiaryId(), erased.erasedAt(), erased.erasedBy(), erased.reason());
    }

    /**
     * Deletes every record of the person (append-only kinds and conflicts included), their statistics log rows,
     * the idempotency rows of the changes about them (what they answered holds record fields), their consents and
     * their places in caseloads and work teams.
     */
    public int eraseRecords(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        Jdbc.update(c, """
                delete from summary_change where organisation_id = ? and record_id in (
                    select id from sync_record where organisation_id = ? and beneficiary_id = ?)
                """, organisationId, organisationId, beneficiaryId);
        Jdbc.update(c, """
                delete from applied_change where organisation_id = ? and change_id in (
                    select change_id from audit_log
                    where organisation_id = ? and beneficiary_id = ? and change_id is not null)
                """, organisationId, organisationId, beneficiaryId);
        int records = Jdbc.update(c, """
                delete from sync_record where organisation_id = ? and beneficiary_id = ?
                """, organisationId, beneficiaryId);
        Jdbc.update(c, """
                delete from consent_state where organisation_id = ? and beneficiary_id = ?
                """, organisationId, beneficiaryId);
        Jdbc.update(c, """
                delete from caseload where beneficiary_id = ?
                  and counsellor_id in (select id from app_user where organisation_id = ?)
                """, beneficiaryId, organisationId);
        new WorkTeamStore().removeMember(c, organisationId, beneficiaryId);
        Jdbc.update(c, """
                delete from retention_notice where organisation_id = ? and beneficiary_id = ?
                """, organisationId, beneficiaryId);
        return records;
    }

    /**
     * The person's own accounts lose their name (it is the person's) and are deactivated, their devices are revoked
     * and renamed
     * (a device is often named after its owner) and their unused pairing codes deleted. The rows stay, under the
     * erased name, because the audit log names them.
     */
    public Removed eraseAccounts(Connection c, UUID organisationId, UUID beneficiaryId, int records, Instant now)
            throws SQLException {
        List<UUID> accounts = Jdbc.list(c, """
                select id from app_user where organisation_id = ? and beneficiary_id = ?
                """, row -> Jdbc.uuid(row, "id"), organisationId, beneficiaryId);
        int devices = 0;
        for (UUID account : accounts) {
            Jdbc.update(c, "update app_user set display_name = ? where id = ?", ERASED_NAME, account);
            Jdbc.update(
                    c, "update app_user set deactivated_at = ? where id = ? and deactivated_at is null", now, account);
            Jdbc.update(c, "update device set revoked_at = ? where user_id = ? and revoked_at is null", now, account);
            devices += Jdbc.update(c, "update device set name = ? where user_id = ?", ERASED_NAME, account);
            Jdbc.update(c, "delete from pairing_code where user_id = ? and used_at is null", account);
        }
        return new Removed(records, accounts.size(), devices);
    }

    // ---- retention ----

    public int retentionMonths(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(
                        c,
                        "select retention_months from organisation where id = ?",
                        row -> row.getInt(1),
                        organisationId)
                .orElseThrow();
    }

    public void setRetentionMonths(Connection c, UUID organisationId, int months) throws SQLException {
        Jdbc.update(c, "update organisation set retention_months = ? where id = ?", months, organisationId);
    }

    /** A person whose support ended, and the latest thing recorded about them. */
    public record Ended(UUID beneficiaryId, String fields, String kind, Instant updatedAt) {}

    /**
     * The organisation's people who have an exit: their exits, follow-ups and profile (whose dates say when the
     * support ended or resumed), with the time the latest of any of their records changed.
     */
    public List<Ended> exitedPeopleRecords(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select r.beneficiary_id, r.kind, r.fields,
                       (select max(a.updated_at) from sync_record a
                        where a.organisation_id = r.organisation_id and a.beneficiary_id = r.beneficiary_id) latest
                from sync_record r
                where r.organisation_id = ? and r.deleted = false
                  and r.kind in ('exit', 'followUp', 'beneficiary')
                  and exists (select 1 from sync_record e where e.organisation_id = r.organisation_id
                              and e.beneficiary_id = r.beneficiary_id and e.kind = 'exit' and e.deleted = false)
                order by r.beneficiary_id
                """,
                row -> new Ended(
                        Jdbc.uuid(row, "beneficiary_id"),
                        row.getString("fields"),
                        row.getString("kind"),
                        Jdbc.instant(row, "latest")),
                organisationId);
    }

    public record Notice(UUID beneficiaryId, Instant noticedAt, LocalDate eraseOn) {}

    public List<Notice> notices(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                """
                select beneficiary_id, noticed_at, erase_on from retention_notice
                where organisation_id = ? order by erase_on, beneficiary_id
                """,
                row -> new Notice(
                        Jdbc.uuid(row, "beneficiary_id"),
                        Jdbc.instant(row, "noticed_at"),
                        row.getObject("erase_on", LocalDate.class)),
                organisationId);
    }

    public void putNotice(Connection c, UUID organisationId, Notice notice) throws SQLException {
        Jdbc.update(
                c,
                "delete from retention_notice where organisation_id = ? and beneficiary_id = ?",
                organisationId,
                notice.beneficiaryId());
        Jdbc.update(c, """
                insert into retention_notice (organisation_id, beneficiary_id, noticed_at, erase_on)
                values (?, ?, ?, ?)
                """, organisationId, notice.beneficiaryId(), notice.noticedAt(), notice.eraseOn());
    }

    public void dropNotice(Connection c, UUID organisationId, UUID beneficiaryId) throws SQLException {
        Jdbc.update(
                c,
                "delete from retention_notice where organisation_id = ? and beneficiary_id = ?",
                organisationId,
                beneficiaryId);
    }
}
