package org.jalons.beneficiary;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.beneficiary.ProgressViewModel.GoalProgress;
import org.jalons.beneficiary.ProgressViewModel.Milestone;
import org.jalons.beneficiary.ProgressViewModel.MilestoneKind;
import org.jalons.beneficiary.ProgressViewModel.Point;
import org.jalons.domain.SaidAtOnce;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.RatingsChart;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.WordFit;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** "Mes progrès": per goal a chart with my line and my counsellor's, and its words; then my jalons on a timeline. */
public final class ProgressView implements View {
    private final EasyRead texts;
    private final ProgressViewModel model;
    private final Node root;
    private final VBox goals = new VBox(16);
    private final VBox timeline = new VBox(0);

    public ProgressView(ProgressViewModel model, EasyRead texts) {
        this.model = model;
        this.texts = texts;
        goals.setId("progress-goals");
        timeline.setId("milestones");
        Label intro = Components.text(model.intro(), "lead");
        intro.setId("progress-intro");
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                intro.setText(model.intro()); // with the counsellor's name, once read
                goals.getChildren()
                        .setAll(model.goals().stream().map(this::goal).toList());
                if (model.goals().isEmpty()) {
                    goals.getChildren().add(Components.text(texts.get("my.noGoal"), "empty-text"));
                }
                timeline.getChildren()
                        .setAll(model.milestones().stream().map(this::milestone).toList());
                if (model.milestones().isEmpty()) {
                    timeline.getChildren().add(Components.text(texts.get("my.progress.noMilestone"), "row-detail"));
                }
            }
        });
        VBox content = new VBox(
                14,
                intro,
                Components.busy(model.loadingProperty(), texts.get("my.loading")),
                Components.message(model.errorProperty(), "message-error"),
                goals,
                Components.text(texts.get("my.progress.milestones"), "my-section"),
                timeline);
        root = texts.apply(Components.screen(content));
        model.load();
    }

    private Node goal(GoalProgress goal) {
        Label title = Components.text(goal.phrasing(), "card-title");
        title.setGraphic(Icons.icon(Pictograms.theme(goal.theme()), 28));
        Label summary = Components.text(goal.summary(), "my-summary");
        summary.getStyleClass().add("progress-summary");
        VBox card = new VBox(8, title);
        if (!goal.self().isEmpty() || !goal.counsellor().isEmpty()) {
            card.getChildren().add(chart(goal));
        }
        card.getChildren().add(summary);
        List<SaidAtOnce> said = model.said(goal.goalId());
        if (!said.isEmpty()) {
            card.getChildren().add(said(goal, said));
        }
        card.getStyleClass().addAll("card", "progress-card");
        return card;
    }

    /** What each of us said with our ratings, newest first: my words and my counsellor's, never merged. */
    private Node said(GoalProgress goal, List<SaidAtOnce> said) {
        VBox box = new VBox(6, Components.text(texts.get("my.voices.title"), "fact-label"));
        box.setId("my-voices-" + goal.goalId());
        box.getStyleClass().add("my-voices");
        for (SaidAtOnce moment : said) {
            box.getChildren().add(Components.text(model.saidOn(moment.at()), "row-detail"));
            for (SaidAtOnce.Voice v : moment.voices()) {
                box.getChildren()
                        .add(Components.text(
                                model.voiceText(v),
                                "voice-words",
                                v.rater() == Rater.BENEFICIARY ? "voice-self" : "voice-counsellor"));
                model.ownWords(goal.goalId(), v)
                        .ifPresent(id -> box.getChildren()
                                .add(SharedWordChoice.of(
                                        id, model.isShared(id), model.mayShare(), model::share, texts)));
            }
            if (moment.gapAnswer() != null) {
                box.getChildren().add(Components.text(model.gapText(moment.gapAnswer()), "voice-gap-answer"));
            }
        }
        return box;
    }

    private Node chart(GoalProgress goal) {
        // The summary is written under the chart already (progress-summary): the chart reads it to a screen reader.
        LineChart<Number, Number> chart = RatingsChart.of(
                texts.messages().locale(),
                texts.isOn(),
                goal.summary(),
                series(texts.get("my.progress.selfSeries"), goal.self()),
                series(model.counsellorSeriesName(), goal.counsellor()));
        chart.getStyleClass().add("progress-chart");
        return chart;
    }

    private static XYChart.Series<Number, Number> series(String name, List<Point> points) {
        return RatingsChart.series(name, points, p -> p.date().toEpochDay(), Point::rating);
    }

    private Node milestone(Milestone m) {
        boolean goal = m.kind() == MilestoneKind.GOAL_ACHIEVED;
        var icon = Icons.icon(goal ? Material2AL.EMOJI_EVENTS : Material2MZ.VERIFIED, 28);
        icon.getStyleClass().add("milestone-icon");
        String when = m.date() == null
                ? ""
                : DateFormats.longDate(m.date(), texts.messages().locale());
        Label title = Components.text(
                texts.get(goal ? "my.progress.goalAchieved" : "my.progress.trainingCertified", m.title()),
                "milestone-title");
        // A long word of a diploma's name ("compétences") at twice the easy-read size shrinks it a little.
        WordFit.fit(List.of(title), 0.6);
        VBox text = new VBox(2, Components.text(when, "row-detail"), title);
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox row = new HBox(12, icon, text);
        row.setAlignment(Pos.TOP_LEFT);
        row.getStyleClass().add("milestone");
        return row;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.progress.title");
    }
}
