package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.layout.VBox;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The third voice in the file's chart: its own line, its own legend, never merged with the two voices. */
class AtWorkChartTest {
    static final UUID PERSON = UUID.randomUUID();
    static final UUID GOAL = UUID.randomUUID();
    final Messages fr = new Messages(Language.FRENCH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static CheckIn rated(Rater rater, int rating, String at) {
        return new CheckIn(UUID.randomUUID(), PERSON, GOAL, rater, rating, null, Instant.parse(at), null);
    }

    static WorkObservation observed(String day, Integer rating) {
        return new WorkObservation(
                UUID.randomUUID(),
                PERSON,
                LocalDate.parse(day),
                "Équipe maraîchage",
                List.of(Term.of(WorkSkill.PONCTUALITE)),
                rating,
                null,
                "Karim D.",
                null,
                null);
    }

    @Test
    void observationsAtWorkAreAThirdLineWithTheirOwnLegendAndTheTwoVoicesStayAsTheyWere() throws Exception {
        List<CheckIn> visits = List.of(
                rated(Rater.BENEFICIARY, 3, "2026-09-01T10:00:00Z"),
                rated(Rater.COUNSELLOR, 6, "2026-09-01T10:00:00Z"),
                rated(Rater.BENEFICIARY, 8, "2026-10-01T10:00:00Z"),
                rated(Rater.COUNSELLOR, 4, "2026-10-01T10:00:00Z"));
        List<WorkObservation> atWork =
                List.of(observed("2026-09-10", 5), observed("2026-09-20", null), observed("2026-10-05", 7));

        VBox node = WaitForAsyncUtils.asyncFx(
                        () -> (VBox) ConfidenceChart.of(visits, atWork, "Samia", fr, ZoneOffset.UTC))
                .get(10, TimeUnit.SECONDS);
        LineChart<?, ?> chart = (LineChart<?, ?>) node.getChildren().stream()
                .filter(LineChart.class::isInstance)
                .findFirst()
                .orElseThrow();

        assertThat(chart.getData()).hasSize(3);
        assertThat(TwoVoicesChartTest.ratings(chart.getData().get(0))).containsExactly(3, 8);
        assertThat(TwoVoicesChartTest.ratings(chart.getData().get(1))).containsExactly(6, 4);
        assertThat(TwoVoicesChartTest.ratings(chart.getData().get(2)))
                .as("an observation with no rating draws no point")
                .containsExactly(5, 7);
        assertThat(chart.getData().get(2).getName()).isEqualTo("Au travail (encadrement technique)");
        assertThat(chart.getAccessibleText()).contains("5, 7");
    }

    @Test
    void withoutObservationsTheChartKeepsItsTwoLines() throws Exception {
        Node node = WaitForAsyncUtils.asyncFx(() -> ConfidenceChart.of(
                        List.of(rated(Rater.BENEFICIARY, 3, "2026-09-01T10:00:00Z")),
                        List.of(),
                        "Samia",
                        fr,
                        ZoneOffset.UTC))
                .get(10, TimeUnit.SECONDS);
        assertThat(((VBox) node)
                        .getChildren().stream()
                                .filter(LineChart.class::isInstance)
                                .map(c -> ((LineChart<?, ?>) c).getData().size()))
                .containsExactly(2);
    }
}
