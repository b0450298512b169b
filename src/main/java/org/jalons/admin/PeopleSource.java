package org.jalons.admin;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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

    /** The first people of a list by name, and how many there are in all. */
    record Page(List<Person> people, int total) {
        public Page {
            people = List.copyOf(people);
        }
    }

    List<Person> people() throws SyncException;

    /**
     * The first {@code limit} people by name and the number of all: what a list shows at once, before it reads the
     * rest. By default cut from {@link #people()}; the server's answers it itself.
     */
    default Page firstPeople(int limit) throws SyncException {
        List<Person> all = people();
        return new Page(all.subList(0, Math.min(limit, all.size())), all.size());
    }

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
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder plain = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK
                    && Character.getType(c) != Character.COMBINING_SPACING_MARK
                    && Character.getType(c) != Character.ENCLOSING_MARK) {
                plain.append(c);
            }
        }
        return plain.toString().toLowerCase(Locale.ROOT).strip();
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
            return client.stream(PEOPLE, Map.of(), Http::page).people();
        }

        @Override
        public Page firstPeople(int limit) throws SyncException {
            return client.stream(PEOPLE, Map.of("limit", Integer.toString(limit)), Http::page);
        }

        /**
         * {@code {"people":[{…},…],"total":n}} read as a stream: a structure's list holds thousands of people, and a tree of
         * them would be built only to be copied into these records. Properties the app does not know are skipped.
         */
        private static Page page(JsonParser p) throws IOException {
            List<Person> people = new ArrayList<>();
            int total = -1;
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                if ("total".equals(p.currentName())) {
                    expect(p.nextToken(), JsonToken.VALUE_NUMBER_INT);
                    total = p.getIntValue();
                    continue;
                }
                if (!"people".equals(p.currentName())) {
                    p.nextToken();
                    p.skipChildren();
                    continue;
                }
                expect(p.nextToken(), JsonToken.START_ARRAY);
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    people.add(person(p));
                }
                expect(p.currentToken(), JsonToken.END_ARRAY);
            }
            // an older server answers every person and no total
            return new Page(people, Math.max(total, people.size()));
        }

        private static Person person(JsonParser p) throws IOException {
            UUID id = null;
            String name = "";
            String site = null;
            LocalDate entry = null;
            LocalDate exit = null;
            Instant lastChange = null;
            List<Counsellor> counsellors = new ArrayList<>(2);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (field) {
                    case "id" -> id = UUID.fromString(p.getText());
                    case "displayName" -> name = p.getText();
                    case "site" -> site = p.getText();
                    case "entryDate" -> entry = LocalDate.parse(p.getText());
                    case "exitDate" -> exit = LocalDate.parse(p.getText());
                    case "lastChange" -> lastChange = Instant.parse(p.getText());
                    case "counsellors" -> {
                        expect(value, JsonToken.START_ARRAY);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode c = p.readValueAsTree();
                            counsellors.add(new Counsellor(
                                    UUID.fromString(c.path("id").asText()),
                                    c.path("name").asText()));
                        }
                        expect(p.currentToken(), JsonToken.END_ARRAY);
                    }
                    default -> p.skipChildren();
                }
            }
            if (id == null) {
                throw new JsonParseException(p, "A person without an id");
            }
            return new Person(id, name, site, entry, exit, counsellors, lastChange);
        }

        private static void expect(JsonToken token, JsonToken wanted) throws JsonParseException {
            if (token != wanted) {
                throw new JsonParseException(null, "Expected " + wanted + ", read " + token);
            }
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
