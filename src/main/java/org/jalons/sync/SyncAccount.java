package org.jalons.sync;

import java.util.UUID;

/**
 * What pairing gave this device: the server, the device token and who the user is for the server. Kept in
 * SYNC_STATE, inside the encrypted store only. {@link #toString()} never shows the token.
 */
public record SyncAccount(
        String serverUrl,
        UUID deviceId,
        String token,
        UUID userId,
        String role,
        UUID organisationId,
        String displayName,
        UUID beneficiaryId) {

    @Override
    public String toString() {
        return "SyncAccount[server=" + serverUrl + ", device=" + deviceId + ", user=" + userId + ", role=" + role + "]";
    }
}
