package org.jalons.server.bench;

import java.util.List;
import java.util.UUID;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.People;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Not a test (run it with {@code -Dtest=PushCostProbe}): times pushes of records that feed the summaries
 * (100 people: goals, check-ins, interviews, trainings; 1,400 changes) on H2 and PostgreSQL, four rounds, to
 * see what the summary fact and roll-up writes cost the push.
 */
class PushCostProbe {

    @Test
    void pushCost() {
        for (Backend backend : List.of(Backend.H2, Backend.POSTGRES)) {
            Org org = Org.create(TestServers.shared(backend));
            Org.Member samia = org.counsellor("Samia CIP");
            for (int round = 0; round < 4; round++) {
                People people = new People(org, samia);
                List<UUID> persons = people.persons(100, "Nord", "2026-01-05");
                people.push();
                long t0 = System.nanoTime();
                for (UUID p : persons) {
                    for (int g = 0; g < 2; g++) {
                        UUID goal = people.goal(p, g == 0 ? "MOBILITE" : "LOGEMENT", "EN_COURS", "2026-01-10", null);
                        for (int i = 0; i < 5; i++) {
                            people.checkIn(
                                    p,
                                    goal,
                                    i % 2 == 0 ? "BENEFICIARY" : "COUNSELLOR",
                                    i + 2,
                                    "2026-0" + (1 + i) + "-11T10:00:00Z",
                                    null);
                        }
                    }
                    people.interview(p, "2026-02-03");
                    people.training(p, "CACES", null, "EN_COURS", "2026-02-01", null, 35, 10);
                }
                people.push();
                long ms = (System.nanoTime() - t0) / 1_000_000;
                System.out.println("PUSHCOST " + backend + " round " + round + ": 1400 changes in " + ms + " ms");
            }
        }
    }
}
