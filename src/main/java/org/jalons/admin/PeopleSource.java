package org.jalons.admin;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jalons.sync.AdminClient;
import org.jalons.sync.PairingCode;
import org.jalons.sync.SyncException;

/**
 * What the people's screens ask the server (openapi.yaml, {@code /api/v1/admin/people…}, caseloads, users, pairing
 * codes, retention), behind an interface so that view-model tests choose the answers. Blocking: call it through
 * {@link org.jalons.ui.Background}.
 */
public interface PeopleSource {

    /** A counsellor, by the name the structure knows them by. */
    record Counsellor(UUID id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /**
     * A person of the structure as the list shows them; {@code searchKey} is their name without accents or case,
     * made once so that a keystroke's filter compares plain text.
     */
    record Person(
            UUID id,
            String name,
            String site,
            LocalDate entryDate,
            LocalDate exitDate,
            List<Counsellor> counsellors,
            Instant lastChange,
            String searchKey) {
        public Person(
                UUID id,
                String name,
                String site,
                LocalDate entryDate,
                LocalDate exitDate,
                List<Counsellor> counsellors,
                Instant lastChange) {
            this(id, name, site, entryDate, exitDate, List.copyOf(counsellors), lastChange, key(name));
        }

        /** The same person with other counsellors (after a change made on this screen). */
        public Person withCounsellors(List<Counsellor> now) {
            return new Person(id, name, site, entryDate, exitDate, now, lastChange);
        }
    }

    /** One change of the person's counsellors: who became ({@code started}) or stopped being their referent. */
    record Referent(String counsellor, boolean started, Instant at, String by) {}

    /** A person the retention sweep will erase, and when. */
    record Due(UUID personId, String name, LocalDate supportEndedOn, LocalDate eraseOn, List<String> counsellors) {}

    /** The retention report: how long files stay after support ended, and who is due. */
    record Retention(int months, List<Due> due) {}

    List<Person> people() throws SyncException;

    /** The structure's active counsellors, by name. */
    List<Counsellor> counsellors() throws SyncException;

    List<Referent> referents(UUID person) throws SyncException;

    void transfer(UUID person, UUID from, UUID to) throws SyncException;

    void addCounsellor(UUID person, UUID counsellor) throws SyncException;

    void removeCounsellor(UUID person, UUID counsellor) throws SyncException;

    /** The person's complete record, {@code json} or {@code pdf}. */
    byte[] record(UUID person, String format) throws SyncException;

    /** Erases the person at their request (or their representative's). */
    void erase(UUID person) throws SyncException;

    Retention retention() throws SyncException;

    /** A one-time code for the person's own phone (their account is made on first use). */
    PairingCode phoneCode(UUID person) throws SyncException;

    /** Lower case, accents and spaces at the ends removed: "Inès " and "ines" are the same search. */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .strip();
    }

    /** The paired server's answers. */
    static PeopleSource of(AdminClient client) {
        return new Http(client);
    }

    /** Over the admin client: each method one request. */
    final class Http implements PeopleSource {
        private static final String PEOPLE = "api/v1/admin/people";
        private final AdminClient client;

        Http(AdminClient client) {
            this.client = client;
        }

        @Override
        public List<Person> people() throws SyncException {
            JsonNode answer = client.get(PEOPLE, Map.of(), JsonNode.class);
            List<Person> people = new ArrayList<>();
            for (JsonNode p : answer.path("people")) {
                List<Counsellor> counsellors = new ArrayList<>(2);
                for (JsonNode c : p.path("counsellors")) {
                    counsellors.add(new Counsellor(
                            UUID.fromString(c.path("id").asText()),
                            c.path("name").asText()));
                }
                people.add(new Person(
                        UUID.fromString(p.path("id").asText()),
                        p.path("displayName").asText(""),
                        text(p, "site"),
                        date(p, "entryDate"),
                        date(p, "exitDate"),
                        counsellors,
                        p.hasNonNull("lastChange")
                                ? Instant.parse(p.get("lastChange").asText())
                                : null));
            }
            return people;
        }

        @Override
        public List<Counsellor> counsellors() throws SyncException {
            JsonNode answer = client.get("api/v1/admin/users", Map.of(), JsonNode.class);
            List<Counsellor> counsellors = new ArrayList<>();
            for (JsonNode u : answer.path("users")) {
                if ("COUNSELLOR".equals(u.path("role").asText()) && !u.hasNonNull("deactivatedAt")) {
                    counsellors.add(new Counsellor(
                            UUID.fromString(u.path("id").asText()),
                            u.path("displayName").asText()));
                }
            }
            counsellors.sort(java.util.Comparator.comparing(Counsellor::name, String.CASE_INSENSITIVE_ORDER));
            return counsellors;
        }

        @Override
        public List<Referent> referents(UUID person) throws SyncException {
            JsonNode answer = client.get(PEOPLE + "/" + person + "/referents", Map.of(), JsonNode.class);
            List<Referent> lines = new ArrayList<>();
            for (JsonNode l : answer.path("referents")) {
                lines.add(new Referent(
                        l.path("counsellorName").asText(),
                        "START".equals(l.path("change").asText()),
                        Instant.parse(l.path("at").asText()),
                        text(l, "byName")));
            }
            return lines;
        }

        @Override
        public void transfer(UUID person, UUID from, UUID to) throws SyncException {
            client.send(
                    "POST",
                    PEOPLE + "/" + person + "/transfer",
                    Map.of("from", from.toString(), "to", to.toString()),
                    Void.class);
        }

        @Override
        public void addCounsellor(UUID person, UUID counsellor) throws SyncException {
            client.send("PUT", "api/v1/admin/caseloads/" + counsellor + "/" + person, null, Void.class);
        }

        @Override
        public void removeCounsellor(UUID person, UUID counsellor) throws SyncException {
            client.send("DELETE", "api/v1/admin/caseloads/" + counsellor + "/" + person, null, Void.class);
        }

        @Override
        public byte[] record(UUID person, String format) throws SyncException {
            return client.download(PEOPLE + "/" + person + "/record." + format, Map.of());
        }

        @Override
        public void erase(UUID person) throws SyncException {
            client.send("POST", PEOPLE + "/" + person + "/erase", Map.of("reason", "REQUEST"), JsonNode.class);
        }

        @Override
        public Retention retention() throws SyncException {
            JsonNode answer = client.get("api/v1/admin/retention", Map.of(), JsonNode.class);
            List<Due> due = new ArrayList<>();
            for (JsonNode d : answer.path("due")) {
                List<String> counsellors = new ArrayList<>();
                d.path("counsellors").forEach(c -> counsellors.add(c.asText()));
                due.add(new Due(
                        UUID.fromString(d.path("personId").asText()),
                        d.path("displayName").asText(""),
                        date(d, "supportEndedOn"),
                        date(d, "eraseOn"),
                        List.copyOf(counsellors)));
            }
            return new Retention(answer.path("retentionMonths").asInt(), due);
        }

        @Override
        public PairingCode phoneCode(UUID person) throws SyncException {
            JsonNode answer = client.send(
                    "POST", "api/v1/pairing-codes", Map.of("beneficiaryId", person.toString()), JsonNode.class);
            return new PairingCode(
                    answer.path("code").asText(),
                    answer.hasNonNull("expiresAt")
                            ? Instant.parse(answer.get("expiresAt").asText())
                            : null);
        }

        private static String text(JsonNode node, String name) {
            return node.hasNonNull(name) ? node.get(name).asText() : null;
        }

        private static LocalDate date(JsonNode node, String name) {
            return node.hasNonNull(name) ? LocalDate.parse(node.get(name).asText()) : null;
        }
    }
}
