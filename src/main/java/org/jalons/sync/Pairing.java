package org.jalons.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jalons.domain.LocalProfile;
import org.jalons.domain.RecordKind;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.protocol.Wire;
import org.jalons.storage.CounsellorProfiles;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.ImportedHistory;
import org.jalons.storage.LocalStore;
import org.jalons.storage.ManagementRole;
import org.jalons.storage.OrgVocabulary;
import org.jalons.storage.ParcoursRekey;
import org.jalons.storage.RecordTable;
import org.jalons.storage.SentChanges;
import org.jalons.storage.SyncScope;
import org.jalons.storage.SyncShadow;
import org.jalons.storage.SyncState;
import org.jalons.storage.TeamCounsellors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairs this phone with the organisation's server using a one-time code, and keeps what the server gave (device
 * token, who the user is) in the encrypted store. A new pairing starts the pull from zero (first sync = snapshot).
 *
 * <p>Paired again as the same user (e.g. after the phone was revoked), or for the first time, the outbox is kept:
 * nothing typed before pairing is lost. Paired with a code of <em>another</em> user (PROTOCOL.md, "Re-pairing as
 * another user"): refused while changes of the previous user wait in the outbox (they would be sent under the new
 * account), with {@link SyncProblem#PAIRING_OTHER_USER_PENDING}, and the device the server just made is revoked;
 * with nothing waiting, the previous user's synced data, refused changes, shadows and scope are removed, so that
 * the new user's first sync starts from a clean phone.
 */
public final class Pairing {
    private static final Logger LOG = LoggerFactory.getLogger(Pairing.class);

    private final LocalStore store;
    private final SyncApi api;
    private final String model;

    Pairing(LocalStore store, SyncApi api) {
        this(store, api, null);
    }

    Pairing(LocalStore store, SyncApi api, String model) {
        this.store = store;
        this.api = api;
        this.model = modelToSend(model);
    }

    /** One line, at most {@link Wire.PairRequest#MODEL_MAX} characters, no control character; blank is none. */
    static String modelToSend(String model) {
        if (model == null) {
            return null;
        }
        String line = model.lines()
                .findFirst()
                .orElse("")
                .replaceAll("\\p{Cntrl}", "")
                .strip();
        if (line.length() > Wire.PairRequest.MODEL_MAX) {
            line = line.substring(0, Wire.PairRequest.MODEL_MAX).strip();
        }
        return line.isEmpty() ? null : line;
    }

    /**
     * Pairs, naming the model when there is one; a server older than the model refuses the property (400
     * invalid_body, the code left unused), and the phone pairs again without it.
     */
    private Wire.PairResponse pairNamingModel(String serverUrl, String code, String deviceName) throws SyncException {
        if (model == null) {
            return api.pair(serverUrl, code, deviceName);
        }
        try {
            return api.pair(serverUrl, code, deviceName, model);
        } catch (SyncException e) {
            if (!"invalid_body".equals(e.serverCode())) {
                throw e;
            }
            LOG.info("The server did not take the device's model; pairing without it");
            return api.pair(serverUrl, code, deviceName);
        }
    }

    public SyncAccount pair(String serverUrl, String code, String deviceName) throws SyncException {
        if (DemoOrganisation.isDemo(store.profile())) {
            // a pairing link opened while the demo is open must not send made-up people to a real organisation
            throw new SyncException(SyncProblem.DEMO, "The demo organisation is never paired");
        }
        Wire.PairResponse answer;
        try {
            answer = pairNamingModel(serverUrl, code == null ? "" : code.strip(), deviceName);
        } catch (SyncException e) {
            LOG.warn("Pairing with {} failed: {}", serverUrl, e.getMessage(), e.getCause());
            throw e;
        }
        if (answer.token() == null || answer.user() == null || answer.user().id() == null) {
            throw new SyncException(SyncProblem.SERVER_REFUSED, "The pairing answer has no token or user");
        }
        Wire.PairedUser user = answer.user();
        SyncAccount account = new SyncAccount(
                serverUrl,
                answer.deviceId(),
                answer.token(),
                user.id(),
                user.role(),
                user.organisationId(),
                user.displayName(),
                user.beneficiaryId());
        Optional<SyncAccount> previous = account(store);
        boolean otherUser = previous.isPresent()
                && previous.get().userId() != null
                && !previous.get().userId().equals(user.id());
        UUID localParcours = localParcoursToRekey(account);
        boolean serverHasParcours = localParcours != null && serverHasBeneficiaryRecord(account);
        int[] forgotten = {0};
        Role newRole = ManagementRole.follow(store.profile().role(), account.role());
        boolean refused = store.database().inTransaction(c -> {
            if (otherUser && store.outbox().pendingCount(c) > 0) {
                return true;
            }
            if (otherUser) {
                forgotten[0] = forgetPreviousUser(c, store);
            }
            save(c, account);
            if (newRole != null) {
                ManagementRole.set(c, newRole);
            }
            SyncState.put(c, SyncKeys.CURSOR, "0");
            SyncScope.clear(c);
            if (localParcours != null) {
                int moved = ParcoursRekey.rekey(c, localParcours, account.beneficiaryId(), serverHasParcours);
                LOG.info(
                        "The person's own parcours moved to the server's id ({} records; the server {} it)",
                        moved,
                        serverHasParcours ? "already had" : "did not have");
            }
            return false;
        });
        if (refused) {
            revokeQuietly(account);
            throw new SyncException(
                    SyncProblem.PAIRING_OTHER_USER_PENDING,
                    "Code of user " + user.id() + " while changes of user "
                            + previous.get().userId() + " wait in the outbox");
        }
        if (otherUser) {
            LOG.info(
                    "Paired as another user than {}: {} local rows of the previous user removed",
                    previous.get().userId(),
                    forgotten[0]);
        }
        if (localParcours != null || newRole != null) {
            store.reloadProfile();
        }
        if (newRole != null) {
            LOG.info("The profile takes the paired account's role: {}", newRole);
        }
        LOG.info("Paired as {}", account);
        return account;
    }

    /**
     * The previous user's data leaves the phone, in the pairing's transaction: every synced row (the outbox holds
     * nothing pending, so nothing unsent goes), their refused changes (which hold their data and can never be sent
     * under the new account), the shadows and the last sync time. Returns how many rows went.
     */
    private static int forgetPreviousUser(Connection c, LocalStore store) throws SQLException {
        int removed = store.outbox().discardRejected(c);
        for (RecordKind kind : RecordKind.values()) {
            RecordTable<?> table = RecordTable.of(kind);
            for (UUID id : table.idsWithoutOutbox(c, null)) {
                table.deleteRow(c, id);
                SyncShadow.drop(c, id);
                removed++;
            }
        }
        ImportedHistory.forget(c, null);
        // Their sent changes and the history they were sent in go too. The same user pairing again keeps both: a
        // phone paired again after a restore (its device was not in the backup) still sends again what was lost.
        removed += SentChanges.forgetAll(c);
        SyncState.put(c, SyncKeys.HISTORY, null);
        SyncState.put(c, SyncKeys.RESEND, null);
        removed += CounsellorProfiles.forget(c);
        removed += TeamCounsellors.forget(c);
        removed += OrgVocabulary.forget(c);
        removed += org.jalons.storage.Questionnaires.forget(c);
        SyncState.put(c, SyncKeys.LAST_SUCCESS, null);
        return removed;
    }

    /** The server made a device for the refused pairing: revoke it (best effort; it is never used anyway). */
    private void revokeQuietly(SyncAccount unused) {
        try {
            api.revokeDevice(unused, unused.deviceId());
        } catch (SyncException e) {
            LOG.warn("Could not revoke the device of a refused pairing ({}): {}", unused.deviceId(), e.getMessage());
        }
    }

    /** Asks the server for a one-time code pairing the phone of another user (admin; counsellor: their caseload). */
    public PairingCode issueCode(UUID userId) throws SyncException {
        return issue(Wire.PairingCodeRequest.forUser(userId));
    }

    /**
     * A one-time code for the phone of the person whose record that is (counsellor: a person of their
     * caseload); the server makes their account on first use.
     */
    public PairingCode issueCodeForPerson(UUID beneficiaryId) throws SyncException {
        return issue(Wire.PairingCodeRequest.forBeneficiary(beneficiaryId));
    }

    private PairingCode issue(Wire.PairingCodeRequest request) throws SyncException {
        SyncAccount account = account(store)
                .orElseThrow(() -> new SyncException(SyncProblem.NOT_PAIRED, "No device token in the store"));
        Wire.PairingCodeResponse answer = api.pairingCode(account, request);
        if (answer.code() == null) {
            throw new SyncException(SyncProblem.SERVER_REFUSED, "The pairing-code answer has no code");
        }
        return new PairingCode(answer.code(), answer.expiresAt() == null ? null : Instant.parse(answer.expiresAt()));
    }

    /** The phone-made parcours id of a person followed whom the server knows by another id, or null. */
    private UUID localParcoursToRekey(SyncAccount account) {
        LocalProfile profile = store.profile();
        if (profile.role() != Role.BENEFICIARY
                || profile.beneficiaryId() == null
                || account.beneficiaryId() == null
                || !"BENEFICIARY".equals(account.role())
                || profile.beneficiaryId().equals(account.beneficiaryId())) {
            return null;
        }
        return profile.beneficiaryId();
    }

    /**
     * Whether the server already holds the person's {@code beneficiary} record (then it wins over the phone's).
     * A person's own parcours is small; when the server cannot be asked, the phone's record is kept (at worst its
     * fields become visible conflicts, never a silent loss).
     */
    private boolean serverHasBeneficiaryRecord(SyncAccount account) {
        String page = null;
        Long at = null;
        try {
            do {
                Wire.SnapshotPage<Wire.ServedRecord> answer =
                        api.snapshot(account, account.beneficiaryId(), page, at, 1000);
                if (answer.records() != null
                        && answer.records().stream()
                                .anyMatch(r -> "beneficiary".equals(r.kind())
                                        && account.beneficiaryId().equals(r.id())
                                        && !r.deleted())) {
                    return true;
                }
                at = answer.cursor();
                page = answer.nextPage();
            } while (page != null);
            return false;
        } catch (SyncException e) {
            LOG.warn(
                    "Could not ask the server whether it has the person's record; the phone's is kept: {}",
                    e.getMessage());
            return false;
        }
    }

    static void save(Connection c, SyncAccount a) throws SQLException {
        SyncState.put(c, SyncKeys.SERVER_URL, a.serverUrl());
        SyncState.put(c, SyncKeys.DEVICE_ID, string(a.deviceId()));
        SyncState.put(c, SyncKeys.TOKEN, a.token());
        SyncState.put(c, SyncKeys.USER_ID, string(a.userId()));
        SyncState.put(c, SyncKeys.ROLE, a.role());
        SyncState.put(c, SyncKeys.ORGANISATION_ID, string(a.organisationId()));
        SyncState.put(c, SyncKeys.DISPLAY_NAME, a.displayName());
        SyncState.put(c, SyncKeys.BENEFICIARY_ID, string(a.beneficiaryId()));
    }

    /** The account this phone is paired with, if any. */
    public static Optional<SyncAccount> account(LocalStore store) {
        return store.database().read(c -> {
            Optional<String> token = SyncState.get(c, SyncKeys.TOKEN);
            Optional<String> url = SyncState.get(c, SyncKeys.SERVER_URL);
            if (token.isEmpty() || url.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SyncAccount(
                    url.get(),
                    uuid(c, SyncKeys.DEVICE_ID),
                    token.get(),
                    uuid(c, SyncKeys.USER_ID),
                    SyncState.get(c, SyncKeys.ROLE).orElse(null),
                    uuid(c, SyncKeys.ORGANISATION_ID),
                    SyncState.get(c, SyncKeys.DISPLAY_NAME).orElse(null),
                    uuid(c, SyncKeys.BENEFICIARY_ID)));
        });
    }

    private static UUID uuid(Connection c, String key) throws SQLException {
        return SyncState.get(c, key).map(UUID::fromString).orElse(null);
    }

    private static String string(UUID id) {
        return id == null ? null : id.toString();
    }
}
