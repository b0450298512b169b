package org.jalons.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.sync.AdminClient;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;
import org.jalons.sync.SyncProblem;

/**
 * What the team and devices screens ask the server (openapi.yaml: {@code /api/v1/admin/users…},
 * {@code /api/v1/pairing-codes}, {@code /api/v1/devices…}); an interface so that view model tests choose the
 * answers. Blocking: called through {@link org.jalons.ui.Background} only.
 */
public interface TeamServer {
    /** An account of the organisation as the server lists it; {@code deactivatedAt} null: active. */
    record Account(UUID id, String name, Role role, Instant deactivatedAt) {
        public boolean active() {
            return deactivatedAt == null;
        }
    }

    /** Where a device stands, as the server says it. */
    enum DeviceState {
        ACTIVE,
        REVOKED,
        WIPE_PENDING,
        WIPED
    }

    /** A device of the organisation, with its owner. */
    record Device(
            UUID id,
            UUID userId,
            String ownerName,
            Role ownerRole,
            String name,
            String model,
            Instant pairedAt,
            Instant lastContactAt,
            Instant revokedAt,
            Instant wipeRequestedAt,
            Instant wipedAt,
            DeviceState state) {}

    /** A work team in use: named in people's files or given to work supervisors, with how many of each. */
    record WorkTeam(String name, int people, int workSupervisors) {}

    List<Account> accounts() throws SyncException;

    /** A work supervisor's work teams, by name. */
    List<String> workTeamsOf(UUID userId) throws SyncException;

    /** Gives a work supervisor these work teams (replacing theirs); answers the teams the server kept. */
    List<String> setWorkTeams(UUID userId, List<String> teams) throws SyncException;

    /** The organisation's work teams in use, by name. */
    List<WorkTeam> workTeams() throws SyncException;

    List<Device> devices() throws SyncException;

    /** Makes an account (counsellor, supervisor or admin). */
    Account invite(String name, Role role) throws SyncException;

    /** A one-time code pairing a phone with this account. */
    PairingCode code(UUID userId) throws SyncException;

    Account deactivate(UUID userId) throws SyncException;

    Account reactivate(UUID userId) throws SyncException;

    void revoke(UUID deviceId) throws SyncException;

    /** Revokes the device and asks it to erase everything at its next contact. */
    Device wipe(UUID deviceId) throws SyncException;

    /** The paired server's address (what a pairing QR carries), or null when this phone is not paired. */
    String serverUrl();

    /** The server through the admin's client. */
    static TeamServer of(AdminClient client, String serverUrl) {
        return new OnServer(client, serverUrl);
    }

    /** {@link TeamServer} over HTTP. */
    final class OnServer implements TeamServer {
        private static final String USERS = "api/v1/admin/users";
        private static final String DEVICES = "api/v1/devices";
        private final AdminClient client;
        private final String serverUrl;

        OnServer(AdminClient client, String serverUrl) {
            this.client = client;
            this.serverUrl = serverUrl;
        }

        @Override
        public List<Account> accounts() throws SyncException {
            JsonNode answer = client.get(USERS, Map.of(), JsonNode.class);
            List<Account> accounts = new ArrayList<>();
            for (JsonNode user : answer.path("users")) {
                accounts.add(account(user));
            }
            return accounts;
        }

        @Override
        public List<String> workTeamsOf(UUID userId) throws SyncException {
            return texts(client.get(USERS + "/" + userId + "/work-teams", Map.of(), JsonNode.class)
                    .path("teams"));
        }

        @Override
        public List<String> setWorkTeams(UUID userId, List<String> teams) throws SyncException {
            JsonNode answer =
                    client.send("PUT", USERS + "/" + userId + "/work-teams", Map.of("teams", teams), JsonNode.class);
            return texts(answer.path("teams"));
        }

        @Override
        public List<WorkTeam> workTeams() throws SyncException {
            JsonNode answer = client.get("api/v1/admin/work-teams", Map.of(), JsonNode.class);
            List<WorkTeam> teams = new ArrayList<>();
            for (JsonNode team : answer.path("teams")) {
                teams.add(new WorkTeam(
                        team.path("team").asText(""),
                        team.path("people").asInt(0),
                        team.path("workSupervisors").asInt(0)));
            }
            return teams;
        }

        @Override
        public List<Device> devices() throws SyncException {
            JsonNode answer = client.get(DEVICES, Map.of(), JsonNode.class);
            List<Device> devices = new ArrayList<>();
            for (JsonNode device : answer.path("devices")) {
                devices.add(device(device));
            }
            return devices;
        }

        @Override
        public Account invite(String name, Role role) throws SyncException {
            return account(
                    client.send("POST", USERS, Map.of("displayName", name, "role", role.name()), JsonNode.class));
        }

        @Override
        public PairingCode code(UUID userId) throws SyncException {
            JsonNode answer =
                    client.send("POST", "api/v1/pairing-codes", Map.of("userId", userId.toString()), JsonNode.class);
            String code = answer.path("code").asText("");
            if (code.isEmpty()) {
                throw new SyncException(SyncProblem.SERVER_REFUSED, "The pairing-code answer has no code");
            }
            return new PairingCode(code, instant(answer, "expiresAt"));
        }

        @Override
        public Account deactivate(UUID userId) throws SyncException {
            return account(client.send("POST", USERS + "/" + userId + "/deactivate", null, JsonNode.class));
        }

        @Override
        public Account reactivate(UUID userId) throws SyncException {
            return account(client.send("POST", USERS + "/" + userId + "/reactivate", null, JsonNode.class));
        }

        @Override
        public void revoke(UUID deviceId) throws SyncException {
            client.send("DELETE", DEVICES + "/" + deviceId, null, Void.class);
        }

        @Override
        public Device wipe(UUID deviceId) throws SyncException {
            return device(client.send("POST", DEVICES + "/" + deviceId + "/wipe", null, JsonNode.class));
        }

        @Override
        public String serverUrl() {
            return serverUrl;
        }

        static Account account(JsonNode user) {
            return new Account(
                    UUID.fromString(user.path("id").asText()),
                    user.path("displayName").asText(""),
                    role(user.path("role").asText()),
                    instant(user, "deactivatedAt"));
        }

        private static List<String> texts(JsonNode array) {
            List<String> texts = new ArrayList<>();
            for (JsonNode text : array) {
                if (text.isTextual()) {
                    texts.add(text.textValue());
                }
            }
            return texts;
        }

        static Device device(JsonNode d) {
            return new Device(
                    UUID.fromString(d.path("id").asText()),
                    UUID.fromString(d.path("userId").asText()),
                    d.path("ownerName").asText(""),
                    role(d.path("ownerRole").asText()),
                    d.path("name").asText(""),
                    text(d, "model"),
                    instant(d, "pairedAt"),
                    instant(d, "lastContactAt"),
                    instant(d, "revokedAt"),
                    instant(d, "wipeRequestedAt"),
                    instant(d, "wipedAt"),
                    state(d.path("state").asText()));
        }

        private static Role role(String name) {
            for (Role r : Role.values()) {
                if (r.name().equals(name)) {
                    return r;
                }
            }
            return Role.BENEFICIARY;
        }

        private static DeviceState state(String name) {
            for (DeviceState s : DeviceState.values()) {
                if (s.name().equals(name)) {
                    return s;
                }
            }
            return DeviceState.REVOKED;
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        private static Instant instant(JsonNode node, String field) {
            String value = text(node, field);
            return value == null || value.isBlank() ? null : Instant.parse(value);
        }
    }
}
