package org.jalons.server.summary.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jalons.server.summary.measure.Fact;
import org.jalons.server.summary.measure.Measure;
import org.jalons.server.summary.measure.Measure.Layout;
import org.jalons.server.summary.measure.Measures;
import org.junit.jupiter.api.Test;

/** The measure table is whole: every line names a fact table, a date, rows, and reads the same in SQL and Java. */
class MeasuresTest {

    @Test
    void everyMeasureIsNamedOnceAndFitsItsCells() {
        List<String> names = Measures.MEASURES.stream().map(Measure::name).toList();
        assertThat(names)
                .doesNotHaveDuplicates()
                .allSatisfy(name -> assertThat(name.length())
                        .as(name + " fits agg_cell.measure")
                        .isBetween(1, 24));
    }

    @Test
    void everyFactTableHasAMeasureAndEveryMeasureAFactTable() {
        assertThat(Measures.MEASURES)
                .extracting(Measure::table)
                .allSatisfy(table -> assertThat(Measures.TABLES).contains(table));
        assertThat(Measures.TABLES)
                .allSatisfy(table -> assertThat(Measures.MEASURES)
                        .anySatisfy(m -> assertThat(m.table()).isEqualTo(table)));
    }

    @Test
    void everyMeasureHasItsSqlForEverySpanAndVariant() {
        for (Measure m : Measures.MEASURES) {
            int variants = m.layout().spans().size() * (m.theme() == null ? 1 : 2) * (m.hasTotal() ? 2 : 1);
            assertThat(SummaryRollups.selects(m, ""))
                    .as(m.name())
                    .hasSize(variants)
                    .allSatisfy(sql -> assertThat(sql)
                            .contains(
                                    "from " + m.table() + " where " + m.month().sql() + " is not null and "
                                            + m.where().sql()));
        }
    }

    @Test
    void histogramsAndOnlyTheyAreKeptPerSiteWithABucket() {
        for (Measure m : Measures.MEASURES) {
            if (m.layout() == Layout.HISTOGRAM) {
                assertThat(m.bucket()).as(m.name()).isNotNull();
                assertThat(m.layout().counsellorLevel).isFalse();
            } else if (m.layout() == Layout.COUNT) {
                assertThat(m.bucket()).as(m.name()).isNull();
            }
        }
    }

    /** A fact that meets a measure's SQL condition counts in Java too, and one that misses it does not. */
    @Test
    void theJavaSideOfAConditionReadsLikeItsSql() {
        Map<String, Object> row = new HashMap<>();
        row.put("theme", "SANTE");
        row.put("status", "ATTEINT");
        row.put("closed_month", 24_300);
        Fact fact = new Fact(row, false);
        assertThat(Measures.named("GOAL_ACHIEVED").event(fact)).isNotNull();
        assertThat(Measures.named("GOAL_ABANDONED").event(fact)).isNull();
        row.put("theme", null);
        assertThat(Measures.named("GOAL_ACHIEVED").event(fact)).isNull();

        Map<String, Object> exit = Map.of("exit_month", 24_300, "category", "RETRAIT");
        Measure.Event retreat = Measures.named("EXITS").event(new Fact(exit, false));
        assertThat(retreat.row()).isEqualTo("RETRAIT");
        assertThat(retreat.inTotal())
                .as("left out of the total row, as its SQL says")
                .isFalse();

        Map<String, Object> barrier = Map.of(
                "area", "custom:x", "from_status", "BESOIN", "to_status", "POINT_APPUI", "changed_month", 24_300);
        assertThat(Measures.named("BARRIER_MOVED")
                        .event(new Fact(barrier, false))
                        .row())
                .isEqualTo("CUSTOM");
        Map<String, Object> health = new HashMap<>(barrier);
        health.put("area", "SANTE");
        assertThat(Measures.named("BARRIER_MOVED").event(new Fact(health, false)))
                .isNull();
        assertThat(Measures.named("BARRIER_MOVED").event(new Fact(health, true)))
                .isNotNull();
    }
}
