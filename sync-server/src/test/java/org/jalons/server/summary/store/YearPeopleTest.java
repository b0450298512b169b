package org.jalons.server.summary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.jalons.server.bench.SummaryDataGenerator;
import org.jalons.server.store.Jdbc;
import org.jalons.server.summary.measure.Measures;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The people followed during a year, as the summary reads them from the PEOPLE cells (per counsellor, summed per site
 * and for the organisation), equal a count of the people themselves: entered by the year's end, not gone before its
 * start, and those who entered during it; each person once, in their site and in the organisation.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class YearPeopleTest {

    @Parameter
    Backend backend;

    @Test
    void yearPeopleEqualACountOfThePeopleAtEveryLevel() throws Exception {
        UUID org = Org.create(TestServers.shared(backend)).id;
        try (Connection c = TestServers.sharedDatabase(backend)) {
            new SummaryDataGenerator(org, 7L, 1_000).generate(c);
            Jdbc.update(
                    c,
                    "update agg_person set stats_refused = true where organisation_id = ? and mod(entry_month, 7) = 0",
                    org);
            Jdbc.update(c, "analyze"); // fresh bulk rows: plan the rebuild on their statistics
            SummaryRollups.rebuild(c, org);
            for (int year = 2023; year <= 2027; year++) {
                int from = year * 12;
                List<SummaryStore.YearPeople> read = new SummaryStore().yearPeople(c, org, from, from + 11);
                assertThat(read).as("year " + year).containsExactlyInAnyOrderElementsOf(counted(c, org, from));
            }
        }
    }

    /** The same figures counted from agg_person, one row per person. */
    private static List<SummaryStore.YearPeople> counted(Connection c, UUID org, int from) throws Exception {
        String people = "count(*), sum(case when entry_month >= ? then 1 else 0 end) from agg_person"
                + " where organisation_id = ? and stats_refused = false and entry_month <= ?"
                + " and coalesce(exit_month, " + Measures.OPEN + ") >= ?";
        Object[] args = {from, org, from + 11, from};
        List<SummaryStore.YearPeople> all = new java.util.ArrayList<>(Jdbc.list(
                c,
                "select site, coalesce(counsellor_id, cast('" + SummaryRollups.NONE + "' as uuid)), " + people
                        + " group by site, counsellor_id",
                row -> new SummaryStore.YearPeople(
                        SummaryRollups.LEVEL_SITE_COUNSELLOR,
                        row.getString(1),
                        row.getObject(2, UUID.class),
                        row.getLong(3),
                        row.getLong(4)),
                args));
        all.addAll(Jdbc.list(
                c,
                "select site, " + people + " group by site",
                row -> new SummaryStore.YearPeople(
                        SummaryRollups.LEVEL_SITE,
                        row.getString(1),
                        SummaryRollups.NONE,
                        row.getLong(2),
                        row.getLong(3)),
                args));
        all.addAll(Jdbc.list(
                c,
                "select " + people + " having count(*) > 0",
                row -> new SummaryStore.YearPeople(
                        SummaryRollups.LEVEL_ORGANISATION, "", SummaryRollups.NONE, row.getLong(1), row.getLong(2)),
                args));
        return all;
    }
}
