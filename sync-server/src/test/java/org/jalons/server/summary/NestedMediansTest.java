package org.jalons.server.summary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Medians and shares do not add up, but two of them over nested sets could still be compared: a quarter's median
 * against one of its months, an organisation's against a site's. For a randomised organisation (seeded), asks every
 * question a supervisor can ask about a year, and for every pair of published medians of the same row in nested
 * answers checks that the items the larger one adds (goals rated, questionnaire responses) belong to 0 or k or
 * more people (PROTOCOL.md, "Not counts"). A goal counts in the month of its latest rating, a person's
 * questionnaire in the month of their latest response: each item sits in one month, so nested answers hold
 * nested items, with the same first and latest values.
 */
class NestedMediansTest {

    static final int K = SummaryAuditorTest.K;
    static final int YEAR = 2025;
    static final List<String> SITES = List.of("Nord", "Sud");
    static final List<String> THEMES = List.of("MOBILITE", "LOGEMENT", "CANDIDATURE");

    /** An item behind a median: its row (a theme, or ALL for the questionnaire), owner, place and month. */
    record Item(String table, String row, UUID person, int site, int counsellor, int month) {}

    /** A published median: the answer's months and places, and its row. */
    record Published(String query, String table, String row, int first, int last, int site, int counsellor) {
        boolean contains(Item item) {
            return item.table().equals(table)
                    && (row.equals("TOTAL") || row.equals(item.row()))
                    && item.month() >= first
                    && item.month() <= last
                    && (site < 0 || item.site() == site)
                    && (counsellor < 0 || item.counsellor() == counsellor);
        }

        boolean within(Published other) {
            return other.table().equals(table)
                    && other.row().equals(row)
                    && first >= other.first()
                    && last <= other.last()
                    && (other.site() < 0 || other.site() == site)
                    && (other.counsellor() < 0 || other.counsellor() == counsellor)
                    && !equals(other);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 13, 23})
    void nestedMediansNeverDifferByTheItemsOfFewerThanKPeople(long seed) {
        Random random = new Random(seed);
        Org org = Org.create(TestServers.shared(Backend.H2));
        SummaryAuditorTest.setK(org, K);
        List<Org.Member> counsellors = List.of(org.counsellor("CIP A"), org.counsellor("CIP B"));
        Org.Member supervisor = org.supervisor("Direction");
        List<People> people = List.of(new People(org, counsellors.get(0)), new People(org, counsellors.get(1)));
        List<Item> items = new ArrayList<>();
        // most ratings and responses fall in a few busy months; a few people, in months of their own, make
        // rows small in some answers
        int persons = 70 + random.nextInt(30);
        for (int i = 0; i < persons; i++) {
            boolean few = i < 3;
            int site = random.nextInt(2);
            int counsellor = random.nextInt(2);
            People p = people.get(counsellor);
            UUID person = p.person(SITES.get(site), (YEAR - 1) + "-12-01");
            if (few || random.nextInt(10) < 9) {
                String theme = few ? "CANDIDATURE" : THEMES.get(random.nextInt(2));
                int latest = few ? random.nextInt(12) : List.of(1, 4, 9).get(random.nextInt(3));
                UUID goal = p.goal(person, theme, "EN_COURS", (YEAR - 1) + "-12-02", null);
                for (int month : List.of(random.nextInt(latest + 1), latest)) {
                    p.checkIn(
                            person,
                            goal,
                            random.nextBoolean() ? "BENEFICIARY" : "COUNSELLOR",
                            random.nextInt(11),
                            String.format("%d-%02d-%02dT10:00:00Z", YEAR, month + 1, month == latest ? 20 : 5),
                            null);
                }
                items.add(new Item("confidence", theme, person, site, counsellor, latest));
            }
            if (few || random.nextInt(10) < 6) {
                int latest = few ? random.nextInt(12) : List.of(2, 7).get(random.nextInt(2));
                for (int month : List.of(random.nextInt(latest + 1), latest)) {
                    p.add(Changes.upsert(
                            "questionnaireResponse",
                            UUID.randomUUID(),
                            person,
                            0,
                            "questionnaireId",
                            "pouvoir-agir",
                            "questionnaireVersion",
                            1,
                            "answers",
                            Map.of("PA1", 1 + random.nextInt(4), "PA2", 1 + random.nextInt(4)),
                            "answeredAt",
                            String.format("%d-%02d-%02dT10:00:00Z", YEAR, month + 1, month == latest ? 20 : 5)));
                }
                items.add(new Item("questionnaire", "ALL", person, site, counsellor, latest));
            }
        }
        people.forEach(People::push);

        List<Published> published = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            ask(org, supervisor, String.format("period=month&from=%d-%02d-01", YEAR, m + 1), m, m, -1, -1, published);
        }
        for (int q = 0; q < 4; q++) {
            ask(
                    org,
                    supervisor,
                    String.format("period=quarter&from=%d-%02d-01", YEAR, 3 * q + 1),
                    3 * q,
                    3 * q + 2,
                    -1,
                    -1,
                    published);
        }
        String year = "period=year&from=" + YEAR + "-01-01";
        ask(org, supervisor, year, 0, 11, -1, -1, published);
        for (int s = 0; s < 2; s++) {
            ask(org, supervisor, year + "&site=" + SITES.get(s), 0, 11, s, -1, published);
            for (int c = 0; c < 2; c++) {
                ask(
                        org,
                        supervisor,
                        year + "&site=" + SITES.get(s) + "&counsellorId="
                                + counsellors.get(c).id(),
                        0,
                        11,
                        s,
                        c,
                        published);
            }
        }

        int pairs = 0;
        List<String> small = new ArrayList<>();
        for (Published inner : published) {
            for (Published outer : published) {
                if (!inner.within(outer)) {
                    continue;
                }
                pairs++;
                Set<UUID> added = new HashSet<>();
                items.stream()
                        .filter(i -> outer.contains(i) && !inner.contains(i))
                        .forEach(i -> added.add(i.person()));
                if (!added.isEmpty() && added.size() < K) {
                    small.add(inner.query() + " within " + outer.query() + " / " + inner.table() + " " + inner.row()
                            + ": " + added.size() + " people");
                }
            }
        }
        System.out.printf(
                "nested medians seed %d: %d published medians, %d nested pairs, %d small%n",
                seed, published.size(), pairs, small.size());
        assertThat(pairs).as("nested pairs of published medians to compare").isPositive();
        assertThat(small)
                .as("nested medians whose items differ by 1 to k-1 people")
                .isEmpty();
    }

    /** Keeps the rows whose medians are shown. */
    static void ask(
            Org org,
            Org.Member supervisor,
            String query,
            int first,
            int last,
            int site,
            int counsellor,
            List<Published> into) {
        JsonNode summary =
                org.api.get("/api/v1/summary?" + query, supervisor.token()).json();
        assertThat(summary.has("tables")).as(query + " " + summary).isTrue();
        for (JsonNode table : summary.get("tables")) {
            String name = table.get("name").asText();
            String median = switch (name) {
                case "confidence" -> "selfLatest";
                case "questionnaire" -> "latest";
                default -> null;
            };
            if (median == null) {
                continue;
            }
            List<JsonNode> rows = new ArrayList<>();
            table.get("rows").forEach(rows::add);
            if (table.path("total").isObject()) {
                rows.add(table.get("total"));
            }
            for (JsonNode row : rows) {
                JsonNode cell = row.get("cells").get(median);
                if (!cell.path("suppressed").asBoolean(false)
                        && cell.path("people").asLong() > 0) {
                    into.add(new Published(query, name, row.get("key").asText(), first, last, site, counsellor));
                }
            }
        }
    }
}
