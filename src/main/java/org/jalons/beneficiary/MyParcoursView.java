package org.jalons.beneficiary;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.jalons.caseload.ContactLinks;
import org.jalons.domain.CounsellorProfile;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.ui.ChoiceCard;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.Fab;
import org.jalons.ui.kit.Flow;
import org.kordamp.ikonli.Ikon;
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
    /** The counsellor the ratings' texts name (the only one known), or null: they stay unnamed. */
    private CounsellorProfile counsellorName;

    private final Node root;
    private final Runnable onLock;
    private final BiConsumer<Screen, Object> go;
    private final VBox cards = new VBox(12);
    private final VBox trainings = new VBox(8);
    private final Label appointment = Components.text("", "my-appointment-text");
    private final VBox counsellors = new VBox(8);
    private final Predicate<URI> open;

    public MyParcoursView(
            MyParcoursViewModel model, EasyRead texts, ZoneId zone, BiConsumer<Screen, Object> go, Runnable onLock) {
        this(model, texts, zone, go, onLock, link -> false);
    }

    /** {@code open} hands a counsellor's {@code tel:} or {@code sms:} link to the phone (false: nothing opens it). */
    public MyParcoursView(
            MyParcoursViewModel model,
            EasyRead texts,
            ZoneId zone,
            BiConsumer<Screen, Object> go,
            Runnable onLock,
            Predicate<URI> open) {
        this.texts = texts;
        this.open = open;
        counsellors.setId("my-counsellors");
        counsellors.managedProperty().bind(counsellors.visibleProperty());
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
                counsellors,
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
                        Components.text(texts.get("my.notes"), "my-section"),
                        MyNotesSection.of(model.notes(), texts, zone),
                        Components.text(texts.get("my.work"), "my-section"),
                        MyWorkSection.of(model.work(), texts),
                        card("my-progress", Material2MZ.SHOW_CHART, "my.progress", Screen.MY_PROGRESS),
                        card("my-journal", Material2AL.HISTORY, "journal.my.card", Screen.MY_JOURNAL),
                        card(
                                "my-questionnaires",
                                Material2AL.ASSIGNMENT,
                                "my.questionnaires",
                                Screen.MY_QUESTIONNAIRES));
        // Adding a goal, a step, a training or a note: the floating button, as in the bottom bar's "add".
        root = texts.apply(new Fab(Material2AL.ADD, texts.get("my.add"), () -> go.accept(Screen.MY_ADD, null))
                .over(Components.screen(content)));
        model.load();
    }

    private void fill(MyParcoursViewModel model) {
        counsellorName = model.ratingCounsellor().orElse(null);
        counsellors.getChildren().clear();
        for (int i = 0; i < model.counsellors().size(); i++) {
            counsellors
                    .getChildren()
                    .add(counsellorCard(model.counsellors().get(i).profile(), i));
        }
        counsellors.setVisible(!model.counsellors().isEmpty());
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

    /**
     * "Ma conseillère : Camille", with Call and SMS buttons when a phone is known (hidden otherwise); the buttons
     * always carry their pictogram, and their accessible text names the counsellor.
     */
    private Node counsellorCard(CounsellorProfile counsellor, int index) {
        String suffix = index == 0 ? "" : "-" + index;
        Label name = Components.text(
                texts.get("my.counsellorName", counsellor.addressForm(), counsellor.displayName()), "card-title");
        name.setId("my-counsellor-name" + suffix);
        name.setGraphic(Icons.icon(Material2MZ.PERSON, 28));
        VBox card = new VBox(8, name);
        card.getStyleClass().addAll("card", "my-counsellor");
        Label failed = Components.text(texts.get("my.counsellor.cannotOpen"), "message", "message-error");
        failed.setId("counsellor-cannot-open" + suffix);
        failed.setVisible(false);
        failed.managedProperty().bind(failed.visibleProperty());
        FlowPane actions = Flow.of(8, 8);
        ContactLinks.call(counsellor.workPhone())
                .ifPresent(link -> actions.getChildren()
                        .add(contact(
                                "counsellor-call" + suffix,
                                Material2MZ.PHONE,
                                texts.get("my.counsellor.call"),
                                texts.get("my.counsellor.callFull", counsellor.displayName()),
                                link,
                                failed)));
        ContactLinks.text(counsellor.workPhone())
                .ifPresent(link -> actions.getChildren()
                        .add(contact(
                                "counsellor-sms" + suffix,
                                Material2MZ.SMS,
                                texts.get("my.counsellor.sms"),
                                texts.get("my.counsellor.smsFull", counsellor.displayName()),
                                link,
                                failed)));
        if (!actions.getChildren().isEmpty()) {
            card.getChildren().addAll(actions, failed);
        }
        return card;
    }

    private Button contact(String id, Ikon icon, String text, String accessible, URI link, Label failed) {
        Button b = new Button(text, Icons.icon(icon, 24));
        b.setId(id);
        b.setWrapText(true);
        b.setMinHeight(Button.USE_PREF_SIZE);
        b.setAccessibleText(accessible);
        b.getStyleClass().addAll("contact-action", "my-counsellor-action");
        b.setOnAction(e -> failed.setVisible(!open.test(link)));
        return b;
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
        // The status at the end of the theme's line, or under it when both would not fit whole (large text).
        FlowPane top = Flow.ends(8, theme, status);
        Label self = Components.text(
                goal.latestSelfRating() == null
                        ? texts.get("my.selfNotRated")
                        : texts.get("my.self", goal.latestSelfRating()),
                "chip",
                "chip-self");
        self.setGraphic(Icons.icon(
                goal.latestSelfRating() == null ? Material2AL.FACE : Pictograms.face(goal.latestSelfRating()), 16));
        FlowPane ratings = Flow.of(8, 4, self);
        if (goal.latestCounsellorRating() != null) {
            ratings.getChildren()
                    .add(Components.text(
                            texts.get(
                                    "my.counsellor",
                                    goal.latestCounsellorRating(),
                                    counsellorName == null ? COUNSELLOR_UNNAMED : counsellorName.addressForm(),
                                    counsellorName == null ? "" : counsellorName.displayName()),
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
        if (t.mine()) {
            // a training I declared: mine to change or delete (org.jalons.training.MyTrainingEditorView)
            var edit = EasyRead.action(
                    "edit-training-" + t.trainingId(),
                    Material2AL.EDIT,
                    texts.get("my.trainingEdit.action"),
                    () -> go.accept(Screen.MY_TRAINING_EDITOR, t.trainingId()));
            text.getChildren().add(edit);
        }
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
