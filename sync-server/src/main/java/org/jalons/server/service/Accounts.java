package org.jalons.server.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jalons.server.model.Account;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Referent;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.model.WorkTeam;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.ReferentStore;
import org.jalons.server.store.Stores;
import org.jalons.server.store.WorkTeamStore;
import org.jalons.server.summary.store.SummaryProjectionStore;

/** Organisations, users and caseloads: what an admin manages. */
public final class Accounts {

    /** What {@code bootstrap} creates: the organisation, its first admin and a pairing code for them. */
    public record Bootstrap(UUID organisationId, User admin, PairingCode pairingCode) {}

    private final Database db;
    private final Stores stores;
    private final Pairing pairing;
    private final Clock clock;
    private final ReferentStore referents = new ReferentStore();
    private final WorkTeamStore workTeams = new WorkTeamStore();

    public Accounts(Database db, Stores stores, Pairing pairing, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.pairing = pairing;
        this.clock = clock;
    }

    public Bootstrap bootstrap(String organisationName, String adminName) {
        requireText("organisation name", organisationName, 200);
        requireText("admin name", adminName, 120);
        UUID organisationId = UUID.randomUUID();
        User admin = new User(UUID.randomUUID(), organisationId, adminName.strip(), Role.ADMIN, null);
        // one transaction: an organisation is never left without its admin's first code
        PairingCode code = db.inTransaction(c -> {
            stores.organisations().insert(c, organisationId, organisationName.strip(), clock.instant());
            new SummaryProjectionStore().insert(c, organisationId); // and its statistics cursor
            stores.users().insert(c, admin, clock.instant());
            audit(c, organisationId, null, "BOOTSTRAP", "user", admin.id(), null);
            return pairing.issueFor(c, admin);
        });
        return new Bootstrap(organisationId, admin, code);
    }

    /** Creates a user without an acting admin (bootstrap and test support). */
    public User createUser(UUID organisationId, String displayName, Role role, UUID beneficiaryId) {
        return createUser(organisationId, null, displayName, role, beneficiaryId);
    }

    public User createUser(Principal admin, String displayName, Role role, UUID beneficiaryId) {
        requireAdmin(admin);
        return createUser(admin.organisationId(), admin, displayName, role, beneficiaryId);
    }

    private User createUser(UUID organisationId, Principal actor, String displayName, Role role, UUID beneficiaryId) {
        requireText("displayName", displayName, 120);
        if (role == null) {
            throw Refusal.invalid("invalid_body", "role must be one of " + List.of(Role.values()) + ".");
        }
        if ((role == Role.BENEFICIARY) != (beneficiaryId != null)) {
            throw Refusal.invalid(
                    "invalid_body", "A beneficiary user needs a beneficiaryId; other roles must not have one.");
        }
        User user = new User(UUID.randomUUID(), organisationId, displayName.strip(), role, beneficiaryId);
        db.inTransaction(c -> {
            if (actor != null && beneficiaryId != null) {
                requirePerson(c, organisationId, beneficiaryId);
            }
            stores.users().insert(c, user, clock.instant());
            audit(c, organisationId, actor, "CREATE_USER", "user", user.id(), user.beneficiaryId());
            return null;
        });
        return user;
    }

    /** The organisation's active admins, by name (a deactivated one is never offered a code). */
    public List<User> admins(UUID organisationId) {
        return db.inTransaction(c -> stores.users().listAccounts(c, organisationId).stream()
                .filter(a -> a.user().role() == Role.ADMIN && a.deactivatedAt() == null)
                .map(a -> a.user())
                .toList());
    }

    /** A new pairing code for an admin who lost their way in, and an audit line saying so. */
    public PairingCode reissueAdminCode(User admin) {
        if (admin.role() != Role.ADMIN) {
            throw new IllegalArgumentException("Only an admin's code is reissued by the operator.");
        }
        return db.inTransaction(c -> {
            audit(c, admin.organisationId(), null, "REISSUE_ADMIN_CODE", "user", admin.id(), null);
            return pairing.issueFor(c, admin);
        });
    }

    public List<Account> listUsers(Principal admin) {
        requireAdmin(admin);
        return db.inTransaction(c -> stores.users().listAccounts(c, admin.organisationId()));
    }

    /**
     * Deactivates an account of the organisation: its devices are revoked, its pairing codes refused, new ones too,
     * and it leaves the lists of counsellors. The last active admin cannot be deactivated (nobody could manage the
     * organisation). Deactivating an account already deactivated changes nothing.
     */
    public Account deactivate(Principal admin, UUID userId) {
        requireAdmin(admin);
        return db.inTransaction(c -> {
            stores.organisations().lock(c, admin.organisationId());
            Account account = stores.users()
                    .findAccount(c, admin.organisationId(), userId)
                    .orElseThrow(Refusal::notFound);
            if (account.deactivatedAt() != null) {
                return account;
            }
            if (account.user().role() == Role.ADMIN && stores.users().activeAdmins(c, admin.organisationId()) <= 1) {
                throw new Refusal(
                        Refusal.Reason.CONFLICT,
                        "last_admin",
                        "This is the organisation's last active administrator: name another one first.");
            }
            Instant now = clock.instant();
            stores.users().setDeactivatedAt(c, userId, now);
            stores.devices().revokeAllOf(c, userId, now);
            stores.pairingCodes().expireUnused(c, userId, now);
            audit(
                    c,
                    admin.organisationId(),
                    admin,
                    "DEACTIVATE_USER",
                    "user",
                    userId,
                    account.user().beneficiaryId());
            return stores.users().findAccount(c, admin.organisationId(), userId).orElseThrow();
        });
    }

    /** Lets a deactivated account pair devices again (its old devices stay revoked: they are paired anew). */
    public Account reactivate(Principal admin, UUID userId) {
        requireAdmin(admin);
        return db.inTransaction(c -> {
            Account account = stores.users()
                    .findAccount(c, admin.organisationId(), userId)
                    .orElseThrow(Refusal::notFound);
            if (account.deactivatedAt() == null) {
                return account;
            }
            stores.users().setDeactivatedAt(c, userId, null);
            audit(
                    c,
                    admin.organisationId(),
                    admin,
                    "REACTIVATE_USER",
                    "user",
                    userId,
                    account.user().beneficiaryId());
            return new Account(account.user(), null);
        });
    }

    public void addToCaseload(Principal admin, UUID counsellorId, UUID beneficiaryId) {
        requireAdmin(admin);
        addToCaseload(admin.organisationId(), admin, counsellorId, beneficiaryId);
    }

    /**
     * Without an acting admin (test support, which may name a person before their record is pushed).
     * Unknown or other-tenant counsellors: not found.
     */
    public void addToCaseload(UUID organisationId, UUID counsellorId, UUID beneficiaryId) {
        addToCaseload(organisationId, null, counsellorId, beneficiaryId);
    }

    private void addToCaseload(UUID organisationId, Principal actor, UUID counsellorId, UUID beneficiaryId) {
        db.inTransaction(c -> {
            requireCounsellor(c, organisationId, counsellorId);
            if (actor != null) {
                requirePerson(c, organisationId, beneficiaryId);
            }
            if (stores.caseloads().add(c, counsellorId, beneficiaryId)) {
                referents.append(
                        c,
                        organisationId,
                        beneficiaryId,
                        counsellorId,
                        Referent.Change.START,
                        clock.instant(),
                        actor == null ? null : actor.userId());
            }
            audit(c, organisationId, actor, "CASELOAD_ADD", "caseload", beneficiaryId, beneficiaryId);
            return null;
        });
    }

    public void removeFromCaseload(Principal admin, UUID counsellorId, UUID beneficiaryId) {
        requireAdmin(admin);
        db.inTransaction(c -> {
            requireCounsellor(c, admin.organisationId(), counsellorId);
            requirePerson(c, admin.organisationId(), beneficiaryId);
            if (stores.caseloads().remove(c, counsellorId, beneficiaryId)) {
                referents.append(
                        c,
                        admin.organisationId(),
                        beneficiaryId,
                        counsellorId,
                        Referent.Change.END,
                        clock.instant(),
                        admin.userId());
            }
            audit(c, admin.organisationId(), admin, "CASELOAD_REMOVE", "caseload", beneficiaryId, beneficiaryId);
            return null;
        });
    }

    /** At most this many work teams per work supervisor. */
    public static final int MAX_WORK_TEAMS = 20;

    /** The length of a team name, as the {@code workTeam} of a beneficiary record. */
    public static final int WORK_TEAM_MAX = 120;

    /**
     * Replaces the work teams of a work supervisor of the organisation (names as the people's {@code workTeam}):
     * unknown or another organisation's account 404, another role 422 {@code not_a_work_supervisor}. Audited. Their
     * devices read the people of these teams from their next pull, and forget those of the teams they lost.
     */
    public List<String> setWorkTeams(Principal admin, UUID userId, List<String> teams) {
        requireAdmin(admin);
        if (teams.size() > MAX_WORK_TEAMS) {
            throw Refusal.invalid("invalid_body", "At most " + MAX_WORK_TEAMS + " work teams.");
        }
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (String team : teams) {
            requireText("team", team, WORK_TEAM_MAX);
            names.add(team.strip());
        }
        return db.inTransaction(c -> {
            requireWorkSupervisor(c, admin.organisationId(), userId);
            workTeams.setTeams(c, admin.organisationId(), userId, List.copyOf(names));
            audit(c, admin.organisationId(), admin, "SET_WORK_TEAMS", "user", userId, null);
            return workTeams.teams(c, userId);
        });
    }

    /** A work supervisor's teams, by name: as {@link #setWorkTeams}, 404 and 422 for another account. */
    public List<String> workTeamsOf(Principal admin, UUID userId) {
        requireAdmin(admin);
        return db.inTransaction(c -> {
            requireWorkSupervisor(c, admin.organisationId(), userId);
            return workTeams.teams(c, userId);
        });
    }

    private void requireWorkSupervisor(java.sql.Connection c, UUID organisationId, UUID userId)
            throws java.sql.SQLException {
        User user = stores.users().find(c, organisationId, userId).orElseThrow(Refusal::notFound);
        if (user.role() != Role.WORK_SUPERVISOR) {
            throw new Refusal(
                    Refusal.Reason.UNPROCESSABLE,
                    NOT_A_WORK_SUPERVISOR,
                    "Only a work supervisor's account has work teams.");
        }
    }

    /** Stable code: work teams for an account that is not a work supervisor's (422). */
    public static final String NOT_A_WORK_SUPERVISOR = "not_a_work_supervisor";

    /** The work teams in use in the organisation (named by people or work supervisors), with their counts. */
    public List<WorkTeam> workTeams(Principal admin) {
        requireAdmin(admin);
        return db.inTransaction(c -> workTeams.usage(c, admin.organisationId()));
    }

    private void requireCounsellor(java.sql.Connection c, UUID organisationId, UUID counsellorId)
            throws java.sql.SQLException {
        if (stores.users()
                .find(c, organisationId, counsellorId)
                .filter(u -> u.role() == Role.COUNSELLOR)
                .isEmpty()) {
            throw Refusal.notFound();
        }
    }

    /** A person of the organisation: their beneficiary record is here (kept even once deleted). */
    private void requirePerson(java.sql.Connection c, UUID organisationId, UUID beneficiaryId)
            throws java.sql.SQLException {
        if (stores.records()
                .find(c, organisationId, beneficiaryId)
                .filter(r -> "beneficiary".equals(r.kind()))
                .isEmpty()) {
            throw Refusal.notFound();
        }
    }

    /** An audit line; {@code beneficiaryId} names the person it concerns (null: no person). */
    private void audit(
            java.sql.Connection c,
            UUID organisationId,
            Principal actor,
            String action,
            String kind,
            UUID recordId,
            UUID beneficiaryId)
            throws java.sql.SQLException {
        stores.audit()
                .append(
                        c,
                        organisationId,
                        new AuditLog.Entry(
                                actor == null ? null : actor.userId(),
                                actor == null ? null : actor.deviceId(),
                                clock.instant(),
                                action,
                                kind,
                                recordId,
                                null,
                                null,
                                beneficiaryId));
    }

    static void requireAdmin(Principal principal) {
        if (principal.role() != Role.ADMIN) {
            throw Refusal.forbidden("Only an administrator can do this.");
        }
    }

    static void requireText(String name, String value, int maxLength) {
        if (value == null || value.isBlank() || value.length() > maxLength) {
            throw Refusal.invalid(
                    "invalid_body", name + " must be a non-empty text of at most " + maxLength + " characters.");
        }
        TextRule.line(name, value);
    }
}
