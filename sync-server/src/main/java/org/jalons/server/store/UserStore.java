package org.jalons.server.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.server.model.Account;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;

/** User accounts of an organisation. */
public final class UserStore {

    public void insert(Connection c, User user, Instant now) throws SQLException {
        Jdbc.update(
                c,
                """
                insert into app_user (id, organisation_id, display_name, role, beneficiary_id, created_at)
                values (?, ?, ?, ?, ?, ?)
                """,
                user.id(),
                user.organisationId(),
                user.displayName(),
                user.role().name(),
                user.beneficiaryId(),
                now);
    }

    /** The user, only if it belongs to {@code organisationId} (other tenants look like unknown ids). */
    public Optional<User> find(Connection c, UUID organisationId, UUID userId) throws SQLException {
        return Jdbc.one(c, """
                select id, organisation_id, display_name, role, beneficiary_id
                from app_user where id = ? and organisation_id = ?
                """, UserStore::map, userId, organisationId);
    }

    /** Any organisation: only for a user id the server itself resolved (e.g. from a pairing code). */
    public Optional<User> findAnywhere(Connection c, UUID userId) throws SQLException {
        return Jdbc.one(c, """
                select id, organisation_id, display_name, role, beneficiary_id
                from app_user where id = ?
                """, UserStore::map, userId);
    }

    /** The account of a person followed, if one was made for that beneficiary record. */
    public Optional<User> findBeneficiaryUser(Connection c, UUID organisationId, UUID beneficiaryId)
            throws SQLException {
        return Jdbc.one(c, """
                select id, organisation_id, display_name, role, beneficiary_id
                from app_user where organisation_id = ? and role = 'BENEFICIARY' and beneficiary_id = ?
                order by created_at, id limit 1
                """, UserStore::map, organisationId, beneficiaryId);
    }

    public List<User> listByOrganisation(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(c, """
                select id, organisation_id, display_name, role, beneficiary_id
                from app_user where organisation_id = ? order by display_name, id
                """, UserStore::map, organisationId);
    }

    /** Every account of the organisation, deactivated ones included, by name: what an admin lists. */
    public List<Account> listAccounts(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(c, """
                select id, organisation_id, display_name, role, beneficiary_id, deactivated_at
                from app_user where organisation_id = ? order by display_name, id
                """, row -> new Account(map(row), Jdbc.instant(row, "deactivated_at")), organisationId);
    }

    /** The account with its state, only if it belongs to {@code organisationId}. */
    public Optional<Account> findAccount(Connection c, UUID organisationId, UUID userId) throws SQLException {
        return Jdbc.one(
                c, """
                select id, organisation_id, display_name, role, beneficiary_id, deactivated_at
                from app_user where id = ? and organisation_id = ?
                """, row -> new Account(map(row), Jdbc.instant(row, "deactivated_at")), userId, organisationId);
    }

    public void setDeactivatedAt(Connection c, UUID userId, Instant deactivatedAt) throws SQLException {
        Jdbc.update(c, """
                update app_user set deactivated_at = ? where id = ?
                """, deactivatedAt, userId);
    }

    /** The organisation's admins who can still sign in. */
    public int activeAdmins(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.one(c, """
                select count(*) from app_user
                where organisation_id = ? and role = 'ADMIN' and deactivated_at is null
                """, row -> row.getInt(1), organisationId).orElse(0);
    }

    /** The organisation's counsellor accounts, by name: who a supervisor can filter the figures by. */
    public List<User> counsellors(Connection c, UUID organisationId) throws SQLException {
        return Jdbc.list(c, """
                select id, organisation_id, display_name, role, beneficiary_id
                from app_user where organisation_id = ? and role = 'COUNSELLOR' and deactivated_at is null
                order by display_name, id
                """, UserStore::map, organisationId);
    }

    static User map(ResultSet row) throws SQLException {
        return map(row, "id");
    }

    /** The account of a row that names its id {@code idColumn} (e.g. joined to the device that holds it). */
    static User map(ResultSet row, String idColumn) throws SQLException {
        return new User(
                Jdbc.uuid(row, idColumn),
                Jdbc.uuid(row, "organisation_id"),
                row.getString("display_name"),
                Role.valueOf(row.getString("role")),
                Jdbc.uuid(row, "beneficiary_id"));
    }
}
