package org.jalons.server.summary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jalons.server.support.Backend;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

/**
 * Each counted barrier transition asks where its person already counts in the fact's year. On H2 that query must
 * go through the index by person, status and month: by person alone it read every transition of the person, and
 * 100 incremental edits of people with long histories cost 150–240 ms instead of about 60.
 */
class AppendedFactPlanTest {

    @Test
    void alreadyCountedReadsOnlyThePersonsCountedTransitionsOfTheYear() throws Exception {
        String query = SummaryRollups.alreadyCountedQuery(SummaryRollups.measure("BARRIER_MOVED"))
                .replaceFirst("\\?", "random_uuid()")
                .replaceFirst("\\?", "random_uuid()")
                .replaceFirst("\\?", "24300")
                .replaceFirst("\\?", "24311");
        try (Connection c = TestServers.sharedDatabase(Backend.H2);
                Statement s = c.createStatement();
                ResultSet plan = s.executeQuery("explain " + query)) {
            plan.next();
            assertThat(plan.getString(1))
                    .containsIgnoringCase("BARRIER_TRANSITION_PERSON_STATUS")
                    .containsIgnoringCase("FROM_STATUS = 'BESOIN'");
        }
    }
}
