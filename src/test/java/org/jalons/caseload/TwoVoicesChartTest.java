package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jalons.domain.CheckIn;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The person's file: the chart draws each voice's own ratings, and the words under it keep each voice apart. */
class TwoVoicesChartTest {
    static final UUID PERSON = UUID.randomUUID();
    static final UUID GOAL = UUID.randomUUID();
    final Messages fr = new Messages(Language.FRENCH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static CheckIn rated(Rater rater, int rating, String at, String comment, String gapAnswer) {
        return new CheckIn(UUID.randomUUID(), PERSON, GOAL, rater, rating, comment, Instant.parse(at), gapAnswer);
    }

    final List<CheckIn> visits = List.of(
            rated(Rater.BENEFICIARY, 3, "2026-09-01T10:00:00Z", null, null),
            rated(Rater.COUNSELLOR, 6, "2026-09-01T10:00:00Z", null, null),
            rated(Rater.BENEFICIARY, 8, "2026-10-01T10:00:00Z", "Je m’en sens capable", "Pas la même idée du permis"),
            rated(Rater.COUNSELLOR, 4, "2026-10-01T10:00:00Z", "Le code d’abord", "Pas la même idée du permis"));

    @Test
    void theChartDrawsTwoLinesOfRealRatingsAndNeverTheirMean() throws Exception {
        LineChart<?, ?> chart = WaitForAsyncUtils.asyncFx(() -> {
                    Node node = ConfidenceChart.of(visits, "Samia", fr, ZoneOffset.UTC);
                    return (LineChart<?, ?>) ((VBox) node)
                            .getChildren().stream()
                                    .filter(LineChart.class::isInstance)
                                    .findFirst()
                                    .orElseThrow();
                })
                .get(10, TimeUnit.SECONDS);
        assertThat(chart.getData()).hasSize(2);
        assertThat(ratings(chart.getData().get(0))).containsExactly(3, 8);
        assertThat(ratings(chart.getData().get(1))).containsExactly(6, 4);
        Set<Integer> drawn =
                chart.getData().stream().flatMap(s -> ratings(s).stream()).collect(Collectors.toSet());
        // 4.5 and 6 would be means of a visit's two ratings: only what each voice gave is drawn
        assertThat(drawn).containsExactlyInAnyOrder(3, 6, 8, 4);
        assertThat(chart.getData().get(0).getName()).isEqualTo("Samia");
    }

    static List<Integer> ratings(XYChart.Series<?, ?> series) {
        return series.getData().stream()
                .map(d -> ((Number) d.getYValue()).intValue())
                .toList();
    }

    @Test
    void theWordsUnderTheChartKeepEachVoiceWithItsRaterItsDateAndTheGapAnswer() throws Exception {
        VBox words = WaitForAsyncUtils.asyncFx(() -> VoicesSection.of(GOAL, visits, "Samia", fr, ZoneOffset.UTC))
                .get(10, TimeUnit.SECONDS);
        assertThat(words.getChildren())
                .extracting(n -> ((Label) n).getText())
                .containsExactly(
                        "Ce que chacun en dit",
                        "Le " + Format.date(java.time.LocalDate.of(2026, 10, 1), fr),
                        "Samia, 8/10\u00a0: «\u00a0Je m’en sens capable\u00a0»",
                        "Vous, 4/10\u00a0: «\u00a0Le code d’abord\u00a0»",
                        "Ce qui vous fait voir les choses différemment\u00a0: Pas la même idée du permis");
        assertThat(VoicesSection.of(GOAL, visits.subList(0, 2), "Samia", fr, ZoneOffset.UTC))
                .as("ratings without words add nothing under the chart")
                .isNull();
    }
}
