package org.jalons.beneficiary;

import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.Fab;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The person's home: my next appointment, my goals as cards (pictogram, my words, my rating first, one big "how
 * capable do I feel today?" button each), my trainings, my progress; the floating button adds my own goal, step, training or note.
 */
public final class MyParcoursView implements View {
    /**
     * The phone does not know yet how the counsellor wants to be named: the text's select then says "the person who
     * supports me" ({@code my.counsellor}: feminine, masculine, neutral with a name, or this).
     */
    static final String COUNSELLOR_UNNAMED = "unknown";

    private final EasyRead texts;
    private final ZoneId zone;
    private final Node root;
    private final Runnable onLock;
    private final BiConsumer<Screen, Object> go;
    private final VBox cards = new VBox(12);
    private final VBox trainings = new VBox(8);
    private final Label appointment = Components.text("", "my-appointment-text");

    public MyParcoursView(
            MyParcoursViewModel model, EasyRead texts, ZoneId zone, BiConsumer<Screen, Object> go, Runnable onLock) {
        this.texts = texts;
        this.zone = zone;
        this.go = go;
        this.onLock = onLock;
        cards.setId("goal-cards");
        trainings.setId("my-trainings");
        appointment.setId("next-appointment");
        model.loadingProperty().addListener((obs, was, loading) -> {
            if (!loading) {
                fill(model);
            }
        });
        HBox appointmentBox = new HBox(12, Icons.icon(Material2AL.EVENT, 28), appointment);
        appointmentBox.setAlignment(Pos.CENTER_LEFT);
        appointmentBox.getStyleClass().addAll("card", "my-appointment");
        HBox.setHgrow(appointment, Priority.ALWAYS);
        VBox content = new VBox(
                14,
                Components.text(texts.get("my.hello", model.displayName()), "screen-heading"),
                Components.text(texts.get("my.intro"), "lead"),
                Components.busy(model.loadingProperty(), texts.get("my.loading")),
                Components.message(model.errorProperty(), "message-error"),
                appointmentBox);
        if (texts.isOn()) {
            content.getChildren()
                    .add(EasyRead.action(
                            "check-in-any",
                            Material2MZ.SENTIMENT_SATISFIED,
                            texts.get("my.checkInAny"),
                            () -> go.accept(Screen.MY_CHECK_IN, null)));
        }
        content.getChildren()
                .addAll(
                        Components.text(texts.get("my.goals"), "my-section"),
                        cards,
                        Components.text(texts.get("my.trainings"), "my-section"),
                        trainings,
                        card("my-progress", Material2MZ.SHOW_CHART, "my.progress", Screen.MY_PROGRESS));
        // Adding a goal, a step, a training or a note: the floating button, as in the bottom bar's "add".
        root = texts.apply(new Fab(Material2AL.ADD, texts.get("my.add"), () -> go.accept(Screen.MY_ADD, null))
                .over(Components.screen(content)));
        model.load();
    }

    private void fill(MyParcoursViewModel model) {
        appointment.setText(
                model.nextAppointmentProperty().get() == null
                        ? texts.get("my.noAppointment")
                        : texts.get(
                                "my.appointment",
                                DateFormats.fullDateTime(
                                        model.nextAppointmentProperty().get().atZone(zone),
                                        texts.messages().locale())));
        cards.getChildren()
                .setAll(
                        model.goals().isEmpty()
                                ? List.of(Components.text(texts.get("my.noGoal"), "empty-text"))
                                : model.goals().stream().map(this::goalCard).toList());
        trainings
                .getChildren()
                .setAll(
                        model.trainings().isEmpty()
                                ? List.of(Components.text(texts.get("my.noTraining"), "row-detail"))
                                : model.trainings().stream()
                                        .map(this::trainingLine)
                                        .toList());
    }

    private ChoiceCard card(String id, org.kordamp.ikonli.Ikon icon, String key, Screen screen) {
        ChoiceCard card =
                new ChoiceCard(icon, texts.get(key), texts.get(key + "Hint")).onAction(() -> go.accept(screen, null));
        card.setId(id);
        return card;
    }

    private Node goalCard(GoalCard goal) {
        Label status = Components.text(goal.statusLabel(), "status", goal.isOpen() ? "status-open" : "status-closed");
        Label theme = Components.text(goal.theme(), "card-theme");
        theme.setGraphic(Icons.icon(Pictograms.theme(goal.themeCode()), 28));
        theme.getStyleClass().add("my-theme");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, theme, spacer, status);
        top.setAlignment(Pos.CENTER_LEFT);
        Label self = Components.text(
                goal.latestSelfRating() == null
                        ? texts.get("my.selfNotRated")
                        : texts.get("my.self", goal.latestSelfRating()),
                "chip",
                "chip-self");
        self.setGraphic(Icons.icon(
                goal.latestSelfRating() == null ? Material2AL.FACE : Pictograms.face(goal.latestSelfRating()), 16));
        FlowPane ratings = new FlowPane(8, 4, self);
        if (goal.latestCounsellorRating() != null) {
            ratings.getChildren()
                    .add(Components.text(
                            texts.get("my.counsellor", goal.latestCounsellorRating(), COUNSELLOR_UNNAMED, ""),
                            "chip",
                            "chip-counsellor"));
        }
        VBox card = new VBox(8, top, Components.text(goal.phrasing(), "card-title"), ratings);
        if (goal.targetDate() != null && goal.isOpen()) {
            card.getChildren()
                    .add(Components.text(
                            texts.get(
                                    "my.target",
                                    DateFormats.longDate(
                                            goal.targetDate(), texts.messages().locale())),
                            "row-detail"));
        }
        var open = EasyRead.action(
                "my-goal-" + goal.goalId(),
                Material2AL.FORMAT_LIST_BULLETED,
                goal.steps() == 0
                        ? texts.get("my.goal.openNoStep")
                        : texts.get("my.goal.open", goal.stepsDone(), goal.steps()),
                () -> go.accept(Screen.MY_GOAL, goal.goalId()));
        open.getStyleClass().add("my-goal-open");
        card.getChildren().add(open);
        if (goal.isOpen()) {
            var checkIn = EasyRead.action(
                    "check-in-" + goal.goalId(),
                    Material2MZ.SENTIMENT_SATISFIED,
                    texts.get("my.checkIn"),
                    () -> go.accept(Screen.MY_CHECK_IN, goal.goalId()));
            checkIn.getStyleClass().addAll("accent", "check-in-button");
            card.getChildren().add(checkIn);
        }
        card.getStyleClass().addAll("card", "goal-card");
        return card;
    }

    private Node trainingLine(TrainingLine t) {
        Label title = Components.text(t.title(), "my-training-title");
        title.setGraphic(
                Icons.icon(t.status() == TrainingStatus.CERTIFIEE ? Material2MZ.VERIFIED : Material2MZ.SCHOOL, 24));
        VBox text = new VBox(
                2,
                title,
                Components.text(
                        t.hasEvidence() ? texts.get("my.trainingWithProof", t.statusLabel()) : t.statusLabel(),
                        "row-detail"));
        text.getStyleClass().addAll("card", "my-training");
        return text;
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return texts.get("my.title");
    }

    @Override
    public List<Node> headerActions() {
        var lock = Icons.iconButton(Material2AL.LOCK, texts.get("nav.lock"), onLock);
        lock.setId("lock");
        return List.of(
                org.jalons.export.ExportScreens.headerButton(texts, () -> go.accept(Screen.PARCOURS_EXPORT, null)),
                lock);
    }
}
