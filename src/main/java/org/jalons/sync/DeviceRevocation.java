package org.jalons.sync;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jalons.storage.Json;
import org.jalons.storage.Profiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Sign out and wipe this device" on the server's side: the device is revoked ({@code DELETE /api/v1/devices/{id}})
 * at once when the server answers, else at the next app start or resume that reaches it.
 *
 * <p>After a wipe nothing is left to remember the device by, so the wipe keeps exactly one file,
 * {@link Profiles#PENDING_REVOCATION}: per device still to revoke, the server's address, the device id and its
 * token (the token is what the server asks to revoke a device). No name, no record, no user id. It is written before
 * anything is deleted (an interrupted wipe still revokes), owner-only, and deleted as soon as the server has revoked
 * the device, said the token is unknown or already revoked, or refused for good. Until then the token lies in that
 * file unencrypted; before the wipe it lay in the store, behind the PIN only. Dropping it instead would leave a
 * working token on the server with no one left to revoke it but an administrator.
 *
 * <p>A lost phone: when the server answers that the organisation asked this device to wipe itself
 * ({@link SyncProblem#WIPE_REQUESTED}), {@link #wipeAsRequested} runs the same wipe and then confirms it to the server
 * ({@code POST /api/v1/devices/me/wiped}) instead of revoking, at once or at the next start, as a revocation would.
 */
public final class DeviceRevocation {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceRevocation.class);

    /** One device still to revoke, or ({@code confirmWipe}) whose wipe the server asked and is to be confirmed. */
    record Pending(String serverUrl, UUID deviceId, String token, boolean confirmWipe) {}

    /** The file's content: a wipe after another wipe not yet revoked adds its device. */
    record PendingFile(List<Pending> devices) {}

    private final Path appFolder;
    private final SyncApi api;

    public DeviceRevocation(Path appFolder, HttpSettings settings) {
        this(appFolder, new SyncApi(SyncApi.newClient(settings)));
    }

    DeviceRevocation(Path appFolder, SyncApi api) {
        this.appFolder = appFolder;
        this.api = api;
    }

    /**
     * Wipes the profile {@code which} (see {@link Profiles#wipe}) and revokes {@code account}'s device: noted first,
     * revoked after. Returns true when no revocation is left pending.
     */
    public boolean wipe(Profiles profiles, String which, Optional<SyncAccount> account) throws IOException {
        return wipe(profiles, which, account, false);
    }

    /**
     * The wipe the organisation asked ({@link SyncProblem#WIPE_REQUESTED}): the person's own profile is wiped as
     * above, and the wipe confirmed to the server. Returns true when the server has the confirmation.
     */
    public boolean wipeAsRequested(Profiles profiles, Optional<SyncAccount> account) throws IOException {
        return wipe(profiles, Profiles.OWN, account, true);
    }

    private boolean wipe(Profiles profiles, String which, Optional<SyncAccount> account, boolean asked)
            throws IOException {
        Optional<Pending> device = account.filter(
                        a -> a.serverUrl() != null && a.deviceId() != null && a.token() != null)
                .map(a -> new Pending(a.serverUrl(), a.deviceId(), a.token(), asked));
        if (device.isPresent()) {
            List<Pending> devices = new ArrayList<>(read());
            devices.add(device.get());
            write(devices);
        }
        profiles.wipe(which);
        return revokePending();
    }

    /** Revokes every device a wipe left to revoke; true when none is left. Cheap when there is none. */
    public synchronized boolean revokePending() {
        if (!Files.exists(file())) {
            return true;
        }
        List<Pending> left = new ArrayList<>();
        for (Pending device : read()) {
            if (!revoke(device)) {
                left.add(device);
            }
        }
        try {
            if (left.isEmpty()) {
                Files.deleteIfExists(file());
            } else {
                write(left);
            }
        } catch (IOException e) {
            LOG.warn("The list of devices to revoke could not be updated", e);
        }
        return left.isEmpty();
    }

    /** True when nothing more can be done for this device: revoked now, already revoked, or refused for good. */
    private boolean revoke(Pending device) {
        SyncAccount account =
                new SyncAccount(device.serverUrl(), device.deviceId(), device.token(), null, null, null, null, null);
        try {
            if (device.confirmWipe()) {
                api.confirmWiped(account);
                LOG.info("The wipe the server asked of device {} is confirmed", device.deviceId());
            } else {
                api.revokeDevice(account, device.deviceId());
                LOG.info("The wiped device {} is revoked on the server", device.deviceId());
            }
            return true;
        } catch (SyncException e) {
            if (e.problem() == SyncProblem.WIPE_REQUESTED && !device.confirmWipe()) {
                // the organisation asked the wipe this device just did: it is confirmed, the device is revoked already
                return revoke(new Pending(device.serverUrl(), device.deviceId(), device.token(), true));
            }
            return switch (e.problem()) {
                case NO_NETWORK, SERVER_UNAVAILABLE -> {
                    LOG.info(
                            "The wiped device {} will be revoked at the next start: {}",
                            device.deviceId(),
                            e.getMessage());
                    yield false;
                }
                case DEVICE_REVOKED -> true; // the token is unknown or revoked already (or its wipe confirmed)
                default -> {
                    LOG.warn("The server refused to revoke the wiped device {}: {}", device.deviceId(), e.getMessage());
                    yield true;
                }
            };
        }
    }

    private Path file() {
        return appFolder.resolve(Profiles.PENDING_REVOCATION);
    }

    private List<Pending> read() {
        try {
            PendingFile content = Json.MAPPER.readValue(file().toFile(), PendingFile.class);
            return content == null || content.devices() == null
                    ? List.of()
                    : content.devices().stream()
                            .filter(p ->
                                    p != null && p.serverUrl() != null && p.deviceId() != null && p.token() != null)
                            .toList();
        } catch (IOException e) {
            if (Files.exists(file())) {
                LOG.warn("The list of devices to revoke is unreadable; it is dropped", e);
            }
            return List.of();
        }
    }

    /** Atomically, readable by this app only. */
    private void write(List<Pending> devices) throws IOException {
        Files.createDirectories(appFolder);
        Path tmp = file().resolveSibling(Profiles.PENDING_REVOCATION + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.write(tmp, Json.MAPPER.writeValueAsBytes(new PendingFile(devices)));
        try {
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
