package org.jalons.server.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary;
import org.jalons.server.summary.store.BulkFacts;

/**
 * Deterministic bench data for one organisation, written in bulk into the summary fact tables:
 * 100,000 beneficiaries over 12 sites and 250 counsellors, entries from 2023 to 2026, about
 * 400,000 goals carrying 2,000,000 check-ins (folded into first/latest ratings per rater exactly as
 * the push path does), 150,000 trainings, 200,000 barrier status changes, 300,000 interviews,
 * exits and follow-ups. Same seed, same data.
 */
public final class SummaryDataGenerator {

    public static final int PEOPLE = 100_000;
    public static final int CHECK_INS = 2_000_000;
    public static final int FIRST_MONTH = 2023 * 12;
    public static final int LAST_MONTH = 2026 * 12 + 11;
    // the protocol's vocabularies, in their order: a seed always draws the same data
    static final String[] THEMES = codes(Vocabulary.GoalTheme.values());
    static final String[] CERTS = codes(Vocabulary.Certification.values());
    static final String[] AREAS = codes(Vocabulary.BarrierArea.values());
    static final String[] CATEGORIES = codes(Vocabulary.ExitCategory.values());
    static final String[] STATUSES = codes(Vocabulary.BarrierStatus.values());

    public record Counts(
            long people,
            long goals,
            long checkIns,
            long trainings,
            long transitions,
            long interviews,
            long exits,
            long followUps) {}

    private final SplittableRandom random;
    private final UUID org;
    private final List<UUID> counsellors = new ArrayList<>();

    private final int people;

    public SummaryDataGenerator(UUID org, long seed, int people) {
        this.org = org;
        this.people = people;
        this.random = new SplittableRandom(seed);
        for (int i = 0; i < 250; i++) {
            counsellors.add(uuid());
        }
    }

    public static String site(int index) {
        return "Site " + (index + 1);
    }

    public Counts generate(Connection c) throws SQLException {
        long goals = 0;
        long checkIns = 0;
        long trainings = 0;
        long transitions = 0;
        long interviews = 0;
        long exits = 0;
        long followUps = 0;
        try (BulkFacts bulk = new BulkFacts(c)) {
            for (int p = 0; p < people; p++) {
                UUID person = uuid();
                int counsellorIndex = random.nextInt(counsellors.size());
                UUID counsellor = counsellors.get(counsellorIndex);
                String site = site(counsellorIndex % 12);
                int entry = FIRST_MONTH + random.nextInt(LAST_MONTH - FIRST_MONTH - 2);
                Integer exit = null;
                if (random.nextInt(10) < 4) {
                    int e = entry + 3 + random.nextInt(22);
                    if (e <= LAST_MONTH) {
                        exit = e;
                        UUID exitId = uuid();
                        bulk.add(
                                bulk.exits,
                                org,
                                exitId,
                                person,
                                site,
                                counsellor,
                                CATEGORIES[weighted(new int[] {30, 25, 20, 17, 8})],
                                e);
                        exits++;
                        if (random.nextInt(4) < 3) {
                            int due = e + 6;
                            Integer done = due <= LAST_MONTH ? due + random.nextInt(2) : null;
                            bulk.add(
                                    bulk.followUps,
                                    org,
                                    uuid(),
                                    person,
                                    site,
                                    counsellor,
                                    done == null ? null : CATEGORIES[random.nextInt(5)],
                                    due,
                                    done);
                            followUps++;
                        }
                    }
                }
                int end = exit == null ? LAST_MONTH : exit;
                Integer qFirst = null;
                Integer qLatest = null;
                Integer qMonth = null;
                if (random.nextInt(10) < 6) {
                    qFirst = 100 + random.nextInt(201);
                    qLatest = Math.min(400, qFirst + random.nextInt(120) - 30);
                    qMonth = Math.min(end, entry + 1 + random.nextInt(12));
                }
                bulk.add(
                        bulk.people,
                        org,
                        person,
                        site,
                        counsellor,
                        entry,
                        exit,
                        random.nextInt(10) < 8,
                        qFirst,
                        qFirst == null ? null : instant(entry),
                        qLatest,
                        qMonth == null ? null : instant(qMonth),
                        qMonth);
                int goalCount = random.nextInt(9); // 0..8, mean 4
                for (int g = 0; g < goalCount; g++) {
                    goals++;
                    checkIns += goal(bulk, person, site, counsellor, entry, end);
                }
                for (int t = 0; t < (random.nextInt(2) == 0 ? 1 : 2); t++) {
                    training(bulk, person, site, counsellor, entry, end);
                    trainings++;
                }
                for (int b = 0; b < 2; b++) {
                    String area = AREAS[random.nextInt(AREAS.length)];
                    boolean moved = random.nextInt(10) < 6;
                    String from = moved ? "BESOIN" : STATUSES[random.nextInt(3)];
                    String to = moved ? "POINT_APPUI" : STATUSES[random.nextInt(3)];
                    int month = entry + random.nextInt(Math.max(1, end - entry + 1));
                    bulk.add(
                            bulk.transitions,
                            org,
                            uuid(),
                            person,
                            site,
                            counsellor,
                            area,
                            from,
                            to,
                            month,
                            instant(month));
                    transitions++;
                }
                for (int i = 0; i < 3; i++) {
                    bulk.add(
                            bulk.interviews,
                            org,
                            uuid(),
                            person,
                            site,
                            counsellor,
                            entry + random.nextInt(Math.max(1, end - entry + 1)));
                    interviews++;
                }
            }
        }
        return new Counts(people, goals, checkIns, trainings, transitions, interviews, exits, followUps);
    }

    /** One goal and its check-ins (5 on average, 2,000,000 over the bench), folded as the push path does. */
    private int goal(BulkFacts bulk, UUID person, String site, UUID counsellor, int entry, int end)
            throws SQLException {
        int opened = entry + random.nextInt(Math.max(1, end - entry + 1));
        int roll = random.nextInt(100);
        String status = roll < 40 ? "ATTEINT" : roll < 55 ? "ABANDONNE" : roll < 60 ? "REPORTE" : "EN_COURS";
        Integer closed = status.startsWith("A") ? Math.min(LAST_MONTH, opened + 1 + random.nextInt(8)) : null;
        int n = 1 + random.nextInt(9);
        Integer[] self = new Integer[4]; // first, firstMonth, latest, latestMonth
        Integer[] couns = new Integer[4];
        boolean commented = false;
        int month = opened;
        for (int i = 0; i < n; i++) {
            month = Math.min(LAST_MONTH, month + random.nextInt(2));
            int rating = Math.min(10, Math.max(0, 3 + i + random.nextInt(4) - 1));
            Integer[] r = random.nextInt(10) < 6 ? self : couns;
            if (r[0] == null) {
                r[0] = rating;
                r[1] = month;
            }
            r[2] = rating;
            r[3] = month;
            commented |= random.nextInt(10) < 3;
        }
        bulk.add(
                bulk.goals,
                org,
                uuid(),
                person,
                site,
                counsellor,
                THEMES[random.nextInt(THEMES.length)],
                status,
                opened,
                closed,
                self[0],
                at(self[1]),
                self[2],
                at(self[3]),
                couns[0],
                at(couns[1]),
                couns[2],
                at(couns[3]),
                month,
                commented);
        return n;
    }

    private void training(BulkFacts bulk, UUID person, String site, UUID counsellor, int entry, int end)
            throws SQLException {
        String cert = CERTS[random.nextInt(CERTS.length)];
        int start = entry + random.nextInt(Math.max(1, end - entry + 1));
        int roll = random.nextInt(100);
        String status = roll < 15
                ? "PREVUE"
                : roll < 40 ? "EN_COURS" : roll < 65 ? "SUIVIE" : roll < 90 ? "CERTIFIEE" : "ABANDONNEE";
        Integer finished = status.equals("SUIVIE") || status.equals("CERTIFIEE")
                ? Math.min(LAST_MONTH, start + random.nextInt(6))
                : null;
        double planned = 35 + random.nextInt(400);
        bulk.add(
                bulk.trainings,
                org,
                uuid(),
                person,
                site,
                counsellor,
                null,
                THEMES[random.nextInt(THEMES.length)],
                cert,
                "RNCP".equals(cert) ? 3 + random.nextInt(6) : null,
                status,
                "PREVUE".equals(status) ? null : start,
                finished,
                "CERTIFIEE".equals(status) ? finished : null,
                planned,
                finished != null ? planned : Math.floor(planned * random.nextDouble()));
    }

    private int weighted(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private UUID uuid() {
        return new UUID(
                random.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
    }

    private static Instant at(Integer month) {
        return month == null ? null : instant(month);
    }

    private static Instant instant(int month) {
        return java.time.LocalDate.of(month / 12, month % 12 + 1, 15)
                .atStartOfDay(java.time.ZoneOffset.UTC)
                .toInstant();
    }

    private static String[] codes(Code[] vocabulary) {
        return java.util.Arrays.stream(vocabulary).map(Code::code).toArray(String[]::new);
    }
}
