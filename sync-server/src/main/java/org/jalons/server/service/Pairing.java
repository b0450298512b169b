package org.jalons.server.service;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.jalons.server.model.Device;
import org.jalons.server.model.Principal;
import org.jalons.server.model.Refusal;
import org.jalons.server.model.Role;
import org.jalons.server.model.User;
import org.jalons.server.store.AuditLog;
import org.jalons.server.store.Database;
import org.jalons.server.store.Stores;

/** Pairing a device with a one-time code, and issuing those codes. */
public final class Pairing {

    static final Duration CODE_VALIDITY = Duration.ofMinutes(10);

    private final Database db;
    private final Stores stores;
    private final Tokens tokens = new Tokens();
    private final GuessLimiter limiter;
    private final Clock clock;

    public Pairing(Database db, Stores stores, Clock clock) {
        this.db = db;
        this.stores = stores;
        this.clock = clock;
        this.limiter = new GuessLimiter(clock);
    }

    /**
     * Admin: any user of the organisation. Counsellor: a beneficiary user of their caseload.
     * Anyone else, or a user out of reach: the same "not found" as an unknown id.
     */
    public PairingCode issue(Principal requester, UUID userId) {
        if (requester.role() != Role.ADMIN && requester.role() != Role.COUNSELLOR) {
            throw Refusal.forbidden("Only an administrator or a counsellor can create pairing codes.");
        }
        User target = db.inTransaction(c -> {
            var account = stores.users()
                    .findAccount(c, requester.organisationId(), userId)
                    .orElseThrow(Refusal::notFound);
            User user = account.user();
            if (requester.role() == Role.COUNSELLOR
                    && (user.role() != Role.BENEFICIARY
                            || !stores.caseloads().contains(c, requester.userId(), user.beneficiaryId()))) {
                throw Refusal.notFound();
            }
            if (account.deactivatedAt() != null) {
                throw deactivated();
            }
            return user;
        });
        // the code and its audit line together: never a code nobody can trace
        return db.inTransaction(c -> {
            stores.audit()
                    .append(
                            c,
                            requester.organisationId(),
                            new AuditLog.Entry(
                                    requester.userId(),
                                    requester.deviceId(),
                                    clock.instant(),
                                    "ISSUE_PAIRING_CODE",
                                    "user",
                                    userId,
                                    null,
                                    null,
                                    target.beneficiaryId()));
            return issueFor(c, target);
        });
    }

    /**
     * A code for the phone of the person whose parcours is {@code beneficiaryId}: a counsellor knows people by
     * their records, not by account ids. Their account is made on first use, named as in their record; the
     * counsellor needs them in the caseload, an admin only in the organisation.
     */
    public PairingCode issueForBeneficiary(Principal requester, UUID beneficiaryId) {
        if (requester.role() != Role.ADMIN && requester.role() != Role.COUNSELLOR) {
            throw Refusal.forbidden("Only an administrator or a counsellor can create pairing codes.");
        }
        User target = db.inTransaction(c -> {
            if (requester.role() == Role.COUNSELLOR
                    && !stores.caseloads().contains(c, requester.userId(), beneficiaryId)) {
                throw Refusal.notFound();
            }
            var record = stores.records()
                    .find(c, requester.organisationId(), beneficiaryId)
                    .filter(r -> "beneficiary".equals(r.kind()) && !r.deleted())
                    .orElseThrow(Refusal::notFound);
            var existing = stores.users().findBeneficiaryUser(c, requester.organisationId(), beneficiaryId);
            if (existing.isPresent()) {
                if (stores.users()
                                .findAccount(
                                        c,
                                        requester.organisationId(),
                                        existing.get().id())
                                .orElseThrow()
                                .deactivatedAt()
                        != null) {
                    throw deactivated();
                }
                return existing.get();
            }
            String name = record.fields().path("displayName").asText("").strip();
            User made = new User(
                    UUID.randomUUID(),
                    requester.organisationId(),
                    name.isEmpty() ? "Personne accompagnée" : name,
                    Role.BENEFICIARY,
                    beneficiaryId);
            stores.users().insert(c, made, clock.instant());
            stores.audit()
                    .append(
                            c,
                            requester.organisationId(),
                            new AuditLog.Entry(
                                    requester.userId(),
                                    requester.deviceId(),
                                    clock.instant(),
                                    "CREATE_USER",
                                    "user",
                                    made.id(),
                                    null,
                                    null,
                                    beneficiaryId));
            return made;
        });
        // the code and its audit line together (a person's account made above is reused by the next code)
        return db.inTransaction(c -> {
            stores.audit()
                    .append(
                            c,
                            requester.organisationId(),
                            new AuditLog.Entry(
                                    requester.userId(),
                                    requester.deviceId(),
                                    clock.instant(),
                                    "ISSUE_PAIRING_CODE",
                                    "user",
                                    target.id(),
                                    null,
                                    null,
                                    beneficiaryId));
            return issueFor(c, target);
        });
    }

    /** Issues a code for {@code user} with no requester check (bootstrap and test support). */
    public PairingCode issueFor(User user) {
        return db.inTransaction(c -> issueFor(c, user));
    }

    /** The same inside the caller's transaction (an organisation and its admin's code are made together). */
    public PairingCode issueFor(java.sql.Connection c, User user) throws java.sql.SQLException {
        String code = tokens.newPairingCode();
        PairingCode pairingCode = new PairingCode(code, clock.instant().plus(CODE_VALIDITY));
        stores.pairingCodes().insert(c, Tokens.hash(code), user.id(), pairingCode.expiresAt());
        return pairingCode;
    }

    public PairedDevice pair(String code, String deviceName, String clientAddress) {
        return pair(code, deviceName, null, clientAddress);
    }

    /** {@code model}: what the device says it is (optional; blank is none), listed to the admin. */
    public PairedDevice pair(String code, String deviceName, String model, String clientAddress) {
        Accounts.requireText("deviceName", deviceName, 120);
        String modelName = model == null || model.isBlank() ? null : model.strip();
        if (modelName != null) {
            Accounts.requireText("model", modelName, org.jalons.protocol.Wire.PairRequest.MODEL_MAX);
        }
        Duration wait = limiter.admit(clientAddress);
        if (!wait.isZero()) {
            throw new TooManyGuesses(wait);
        }
        String normalised = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        String token = tokens.newDeviceToken();
        PairedDevice paired = db.inTransaction(c -> {
            var userId = stores.pairingCodes().consume(c, Tokens.hash(normalised), clock.instant());
            if (userId.isEmpty()) {
                return null;
            }
            User user = stores.users().findAnywhere(c, userId.get()).orElseThrow();
            Device device = Device.paired(UUID.randomUUID(), user.id(), deviceName.strip(), modelName, clock.instant());
            stores.devices().insert(c, device, Tokens.hash(token));
            stores.audit()
                    .append(
                            c,
                            user.organisationId(),
                            new AuditLog.Entry(
                                    user.id(),
                                    device.id(),
                                    clock.instant(),
                                    "PAIR",
                                    "device",
                                    device.id(),
                                    null,
                                    null,
                                    user.beneficiaryId()));
            return new PairedDevice(device.id(), token, user);
        });
        if (paired == null) {
            limiter.recordFailure(clientAddress);
            throw new Refusal(
                    Refusal.Reason.UNAUTHORIZED,
                    "invalid_code",
                    "This pairing code is wrong, already used or expired.");
        }
        return paired;
    }

    /** A code for a deactivated account would pair a phone nobody may use: the admin reactivates it first. */
    private static Refusal deactivated() {
        return new Refusal(
                Refusal.Reason.CONFLICT,
                "account_deactivated",
                "This account is deactivated: reactivate it before pairing a device with it.");
    }
}
