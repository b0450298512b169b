package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Device;
import org.jalons.server.model.Principal;

/** Paired devices. Tokens are stored only as SHA-256 hashes. */
public final class DeviceStore {

    public void insert(Connection c, Device device, String tokenHash) throws SQLException {
        Jdbc.update(c, """
                insert into device (id, user_id, name, token_hash, paired_at)
                values (?, ?, ?, ?, ?)
                """, device.id(), device.userId(), device.name(), tokenHash, device.pairedAt());
    }

    /** The user and device behind a token hash, if the device is not revoked. */
    public Optional<Principal> findActiveByTokenHash(Connection c, String tokenHash) throws SQLException {
        return Jdbc.one(c, """
                select d.id as device_id, u.id, u.organisation_id, u.display_name, u.role, u.beneficiary_id
                from device d join app_user u on u.id = d.user_id
                where d.token_hash = ? and d.revoked_at is null
                """, row -> new Principal(UserStore.map(row), Jdbc.uuid(row, "device_id")), tokenHash);
    }

    public List<Device> listByUser(Connection c, UUID userId) throws SQLException {
        return Jdbc.list(c, """
                select id, user_id, name, paired_at, revoked_at from device
                where user_id = ? order by paired_at, id
                """, DeviceStore::map, userId);
    }

    public List<Device> listByOrganisation(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(c, """
                select d.id, d.user_id, d.name, d.paired_at, d.revoked_at
                from device d join app_user u on u.id = d.user_id
                where u.organisation_id = ? order by d.paired_at, d.id
                """, DeviceStore::map, organisationId);
    }

    /** The device, only if its user belongs to {@code organisationId}. */
    public Optional<Device> find(Connection c, UUID organisationId, UUID deviceId) throws SQLException {
        return Jdbc.one(c, """
                select d.id, d.user_id, d.name, d.paired_at, d.revoked_at
                from device d join app_user u on u.id = d.user_id
                where d.id = ? and u.organisation_id = ?
                """, DeviceStore::map, deviceId, organisationId);
    }

    public void revoke(Connection c, UUID deviceId, Instant now) throws SQLException {
        Jdbc.update(c, """
                update device set revoked_at = ? where id = ? and revoked_at is null
                """, now, deviceId);
    }

    private static Device map(ResultSet row) throws SQLException {
        return new Device(
                Jdbc.uuid(row, "id"),
                Jdbc.uuid(row, "user_id"),
                row.getString("name"),
                Jdbc.instant(row, "paired_at"),
                Jdbc.instant(row, "revoked_at"));
    }
}
