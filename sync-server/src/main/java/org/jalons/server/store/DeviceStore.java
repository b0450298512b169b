package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Device;
import org.jalons.server.model.DeviceListing;
import org.jalons.server.model.Principal;

/** Paired devices. Tokens are stored only as SHA-256 hashes. */
public final class DeviceStore {

    /** The device behind a token, whatever its state, with its account (the caller decides what it may do). */
    public record TokenHolder(Device device, Principal principal, Instant deactivatedAt) {}

    private static final String COLUMNS = """
            d.id, d.user_id, d.name, d.model, d.paired_at, d.revoked_at, d.last_contact_at,
            d.wipe_requested_at, d.wipe_requested_by, d.wiped_at,
            u.organisation_id, u.display_name, u.role, u.beneficiary_id
            """;

    public void insert(Connection c, Device device, String tokenHash) throws SQLException {
        Jdbc.update(c, """
                insert into device (id, user_id, name, model, token_hash, paired_at)
                values (?, ?, ?, ?, ?, ?)
                """, device.id(), device.userId(), device.name(), device.model(), tokenHash, device.pairedAt());
    }

    /** The device and account behind a token hash, revoked, wiped or deactivated included. */
    public Optional<TokenHolder> findByTokenHash(Connection c, String tokenHash) throws SQLException {
        return Jdbc.one(
                c,
                "select " + COLUMNS + ", u.deactivated_at from device d join app_user u on u.id = d.user_id"
                        + " where d.token_hash = ?",
                row -> {
                    DeviceListing listing = map(row);
                    return new TokenHolder(
                            listing.device(),
                            new Principal(listing.owner(), listing.device().id()),
                            Jdbc.instant(row, "deactivated_at"));
                },
                tokenHash);
    }

    /** Notes a contact, unless one was noted since {@code notBefore} (at most one write a minute per device). */
    public void noteContact(Connection c, UUID deviceId, Instant now, Instant notBefore) throws SQLException {
        Jdbc.update(c, """
                update device set last_contact_at = ?
                where id = ? and (last_contact_at is null or last_contact_at < ?)
                """, now, deviceId, notBefore);
    }

    public List<DeviceListing> listByUser(Connection c, UUID userId) throws SQLException {
        return Jdbc.list(
                c,
                "select " + COLUMNS + " from device d join app_user u on u.id = d.user_id"
                        + " where d.user_id = ? order by d.paired_at, d.id",
                DeviceStore::map,
                userId);
    }

    public List<DeviceListing> listByOrganisation(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(
                c,
                "select " + COLUMNS + " from device d join app_user u on u.id = d.user_id"
                        + " where u.organisation_id = ? order by d.paired_at, d.id",
                DeviceStore::map,
                organisationId);
    }

    /** A counsellor's own devices and the phones of the people of their caseload. */
    public List<DeviceListing> listForCounsellor(Connection c, UUID organisationId, UUID counsellorId)
            throws SQLException {
        return Jdbc.list(
                c,
                "select " + COLUMNS + " from device d join app_user u on u.id = d.user_id" + """
                         where u.organisation_id = ? and (d.user_id = ? or (u.role = 'BENEFICIARY' and exists (
                             select 1 from caseload k where k.counsellor_id = ? and k.beneficiary_id = u.beneficiary_id)))
                         order by d.paired_at, d.id
                        """,
                DeviceStore::map,
                organisationId,
                counsellorId,
                counsellorId);
    }

    /** The device, only if its user belongs to {@code organisationId}. */
    public Optional<DeviceListing> find(Connection c, UUID organisationId, UUID deviceId) throws SQLException {
        return Jdbc.one(
                c,
                "select " + COLUMNS + " from device d join app_user u on u.id = d.user_id"
                        + " where d.id = ? and u.organisation_id = ?",
                DeviceStore::map,
                deviceId,
                organisationId);
    }

    public void revoke(Connection c, UUID deviceId, Instant now) throws SQLException {
        Jdbc.update(c, """
                update device set revoked_at = ? where id = ? and revoked_at is null
                """, now, deviceId);
    }

    /** Every device of an account (a deactivated account keeps none that works). */
    public void revokeAllOf(Connection c, UUID userId, Instant now) throws SQLException {
        Jdbc.update(c, """
                update device set revoked_at = ? where user_id = ? and revoked_at is null
                """, now, userId);
    }

    /** Revokes the device and asks it to wipe itself; a wipe already asked keeps its first time and author. */
    public void requestWipe(Connection c, UUID deviceId, Instant now, UUID requestedBy) throws SQLException {
        revoke(c, deviceId, now);
        Jdbc.update(c, """
                update device set wipe_requested_at = ?, wipe_requested_by = ?
                where id = ? and wipe_requested_at is null
                """, now, requestedBy, deviceId);
    }

    /** The device's word that it erased everything; true if a wipe was pending (its token is dead from now on). */
    public boolean confirmWiped(Connection c, UUID deviceId, Instant now) throws SQLException {
        return Jdbc.update(c, """
                update device set wiped_at = ?
                where id = ? and wipe_requested_at is not null and wiped_at is null
                """, now, deviceId) == 1;
    }

    private static DeviceListing map(ResultSet row) throws SQLException {
        Device device = new Device(
                Jdbc.uuid(row, "id"),
                Jdbc.uuid(row, "user_id"),
                row.getString("name"),
                row.getString("model"),
                Jdbc.instant(row, "paired_at"),
                Jdbc.instant(row, "revoked_at"),
                Jdbc.instant(row, "last_contact_at"),
                Jdbc.instant(row, "wipe_requested_at"),
                Jdbc.uuid(row, "wipe_requested_by"),
                Jdbc.instant(row, "wiped_at"));
        return new DeviceListing(device, UserStore.map(row, "user_id"));
    }
}
