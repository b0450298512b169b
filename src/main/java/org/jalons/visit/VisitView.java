package org.jalons.visit;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.IntFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.ui.BarrierStatusPills;
import org.jalons.ui.Components;
import org.jalons.ui.View;
import org.jalons.ui.kit.DateField;
import org.jalons.ui.kit.DateFormats;
import org.jalons.ui.kit.EqualColumns;
import org.jalons.ui.kit.RatingGrid;
import org.jalons.ui.kit.Snackbar;
import org.jalons.ui.kit.Switch;
import org.jalons.ui.kit.TimeField;
import org.jalons.ui.kit.WordFit;

/** The home visit, one step per page, with "previous" and "next" always at the bottom within thumb's reach. */
public final class VisitView implements View {
    private final VisitModel model;
    private final Messages messages;
    private final Runnable onFinished;
    private final VBox page = new VBox(12);
    private final Label stepTitle = Components.text("", "section-heading");
    private final BorderPane root = new BorderPane();

    public VisitView(VisitModel model, Messages messages, Runnable onFinished) {
        this.model = model;
        this.messages = messages;
        this.onFinished = onFinished;
        stepTitle.setId("visit-step");
        VBox top = new VBox(8, stepTitle);
        if (model.resumed()) {
            top.getChildren().add(Components.text(messages.get("visit.resumed"), "message", "message-info"));
        }
        top.getChildren().add(Components.message(model.messageProperty(), "message-error"));
        VBox content = new VBox(12, top, page);
        root.setCenter(Components.screen(content));
        root.setBottom(navigation());
        model.stepProperty().addListener((obs, old, now) -> show(now));
        show(model.stepProperty().get());
    }

    private Node navigation() {
        Button previous = new Button(messages.get("visit.previous"));
        previous.setId("visit-previous");
        previous.disableProperty().bind(model.stepProperty().isEqualTo(VisitStep.START));
        previous.setOnAction(e -> model.previous());
        Button next = new Button();
        next.setId("visit-next");
        next.textProperty()
                .bind(Bindings.when(model.stepProperty().isEqualTo(VisitStep.SUMMARY))
                        .then(messages.get("visit.finish"))
                        .otherwise(messages.get("visit.next")));
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(model.busyProperty());
        next.setOnAction(e -> {
            if (model.stepProperty().get() == VisitStep.SUMMARY) {
                model.finish(onFinished);
            } else {
                model.next();
            }
        });
        for (Button b : new Button[] {previous, next}) {
            b.setMaxWidth(Double.MAX_VALUE);
            WordFit.neverSplitWords(b);
        }
        // Side by side, one above the other when a word of theirs would not fit half the width.
        EqualColumns bar = new EqualColumns(12, 2, previous, next);
        bar.getStyleClass().add("bottom-bar");
        return bar;
    }

    private void show(VisitStep step) {
        stepTitle.setText(
                messages.get("visit.stepOf", step.number(), VisitStep.values().length, messages.get(step.titleKey())));
        page.getChildren()
                .setAll(
                        switch (step) {
                            case START -> start();
                            case BARRIERS -> barriers();
                            case GOALS -> goals();
                            case RATING -> rating();
                            case NOTES -> notes();
                            case SUMMARY -> summary();
                        });
    }

    private Node[] start() {
        ComboBox<InterviewPlace> place = new ComboBox<>();
        place.setId("visit-place");
        place.getItems().setAll(InterviewPlace.values());
        place.setConverter(labels());
        place.setValue(InterviewPlace.valueOf(model.get("place")));
        place.setMaxWidth(Double.MAX_VALUE);
        place.setAccessibleText(messages.get("visit.place"));
        place.valueProperty().addListener((obs, old, now) -> model.set("place", now.name()));
        return new Node[] {
            field("visit.place", place),
            field("visit.date", date("date", "visit-date")),
            field("visit.participants", text(new TextField(), "participants", "visit-participants"))
        };
    }

    private Node[] barriers() {
        VBox rows = new VBox(12);
        rows.getChildren().add(Components.text(messages.get("file.barriers.rule"), "hint"));
        for (BarrierArea area : BarrierArea.values()) {
            boolean allowed = model.barrierAllowed(area);
            BarrierStatusPills toggles = new BarrierStatusPills(
                    "visit-barrier-" + area.name().toLowerCase(Locale.ROOT),
                    messages.label(area),
                    messages::label,
                    model.barrierStatus(area),
                    allowed,
                    s -> model.setBarrier(area, s));
            VBox row = new VBox(4, Components.text(messages.label(area), "barrier-name"), toggles);
            if (!allowed) {
                row.getChildren()
                        .add(Components.text(
                                messages.get("file.barrier.needsConsent", messages.label(area.sensitiveCategory())),
                                "hint"));
            }
            row.getStyleClass().add("barrier-row");
            rows.getChildren().add(row);
        }
        return new Node[] {rows};
    }

    private Node[] goals() {
        VBox cards = new VBox(12);
        if (model.openGoals().isEmpty()) {
            cards.getChildren().add(Components.text(messages.get("visit.goals.none"), "hint"));
        }
        for (Goal g : model.openGoals()) {
            ComboBox<GoalStatus> status = new ComboBox<>();
            status.getItems().setAll(GoalStatus.values());
            status.setConverter(labels());
            status.setValue(model.goalStatus(g));
            status.setMaxWidth(Double.MAX_VALUE);
            status.setAccessibleText(messages.get("visit.goal.status", g.phrasing()));
            status.valueProperty().addListener((obs, old, now) -> model.setGoalStatus(g, now));
            VBox card =
                    new VBox(8, Components.text(g.phrasing(), "card-title"), field("visit.goal.statusLabel", status));
            for (GoalStep s : model.stepsOf(g)) {
                Switch done = new Switch(messages.get("visit.step.done", s.label()));
                done.setSelected(model.stepDone(s));
                done.setOnAction(e -> model.setStepDone(s, done.isSelected()));
                card.getChildren().add(done);
            }
            card.getStyleClass().add("card");
            cards.getChildren().add(card);
        }
        return new Node[] {cards};
    }

    private Node[] rating() {
        VBox cards = new VBox(12);
        cards.getChildren().add(Components.text(messages.get("visit.rating.hint", model.firstName()), "hint"));
        int n = 0;
        for (Goal g : model.openGoals()) {
            // Both voices on the same 0–10 grid the person taps on their own phone: nothing to type, nothing out of
            // range.
            VBox selfBox = ratingField(
                    messages.get("visit.rating.self", model.firstName()),
                    VisitModel.selfKey(g),
                    "rating-self-" + n,
                    v -> messages.get("visit.rating.selfValue", model.firstName(), v),
                    "chip-self");
            VBox mineBox = ratingField(
                    messages.get("visit.rating.counsellor"),
                    VisitModel.counsellorKey(g),
                    "rating-counsellor-" + n,
                    v -> messages.get("visit.rating.counsellorValue", v),
                    "chip-counsellor");
            VBox both = new VBox(
                    12,
                    selfBox,
                    comment(
                            messages.get("visit.rating.selfComment", model.firstName()),
                            VisitModel.selfCommentKey(g),
                            "rating-self-comment-" + n),
                    mineBox,
                    comment(
                            messages.get("visit.rating.counsellorComment"),
                            VisitModel.counsellorCommentKey(g),
                            "rating-counsellor-comment-" + n));
            VBox card = new VBox(8, Components.text(g.phrasing(), "card-title"), both, gap(g, n));
            card.getStyleClass().add("card");
            cards.getChildren().add(card);
            n++;
        }
        if (model.openGoals().isEmpty()) {
            cards.getChildren().add(Components.text(messages.get("visit.goals.none"), "hint"));
        }
        return new Node[] {cards};
    }

    private VBox comment(String label, String key, String id) {
        TextArea comment = text(new TextArea(), key, id);
        comment.setPrefRowCount(4);
        comment.setWrapText(true);
        comment.setAccessibleText(label);
        return Components.field(label, comment, new SimpleStringProperty(""));
    }

    /**
     * Once both ratings are in: the two side by side (never averaged), the gap in words, and when they differ the
     * question that makes co-evaluation work, whose answer is kept with both ratings.
     */
    private VBox gap(Goal g, int n) {
        Label sideBySide = Components.text("", "gap-side-by-side");
        sideBySide.setId("rating-gap-" + n);
        Label points = Components.text("", "gap-points");
        points.setId("rating-gap-points-" + n);
        TextArea answer = text(new TextArea(), VisitModel.gapAnswerKey(g), "rating-gap-answer-" + n);
        answer.setPrefRowCount(4);
        answer.setWrapText(true);
        answer.setAccessibleText(messages.get("visit.gap.question"));
        VBox question = Components.field(messages.get("visit.gap.question"), answer, new SimpleStringProperty(""));
        question.getChildren().get(0).getStyleClass().add("gap-question");
        VBox box = new VBox(8, sideBySide, points, question);
        box.getStyleClass().add("gap-box");
        box.setId("rating-gap-box-" + n);
        Runnable refresh = () -> {
            boolean both = model.gap(g).isPresent();
            box.setVisible(both);
            box.setManaged(both);
            if (both) {
                sideBySide.setText(messages.get(
                        "visit.gap.sideBySide",
                        model.firstName(),
                        model.rating(VisitModel.selfKey(g)),
                        model.rating(VisitModel.counsellorKey(g))));
                points.setText(
                        model.asksAboutTheGap(g)
                                ? messages.get("visit.gap.points", model.gap(g).orElseThrow())
                                : messages.get("visit.gap.same"));
            }
            question.setVisible(model.asksAboutTheGap(g));
            question.setManaged(model.asksAboutTheGap(g));
        };
        model.values().addListener((MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(VisitModel.selfKey(g)) || c.getKey().equals(VisitModel.counsellorKey(g))) {
                refresh.run();
            }
        });
        refresh.run();
        return box;
    }

    private VBox ratingField(String label, String key, String id, IntFunction<String> valueText, String style) {
        StringProperty error = new SimpleStringProperty(model.errors().getOrDefault(key, ""));
        model.errors().addListener((MapChangeListener<String, String>) c -> {
            if (c.getKey().equals(key)) {
                error.set(model.errors().getOrDefault(key, ""));
            }
        });
        RatingGrid grid = new RatingGrid(id + "-", valueText, model.rating(key), true);
        grid.setId(id);
        grid.setAccessibleText(label);
        grid.valueProperty().addListener((obs, was, now) -> model.set(key, now == null ? "" : now.toString()));
        VBox box = Components.field(label, grid, error);
        box.getChildren().get(0).getStyleClass().addAll("chip", style);
        return box;
    }

    private Node[] notes() {
        TextArea notes = text(new TextArea(), "notes", "visit-notes");
        notes.setPrefRowCount(5);
        notes.setWrapText(true);
        TextArea decisions = text(new TextArea(), "decisions", "visit-decisions");
        decisions.setPrefRowCount(3);
        decisions.setWrapText(true);
        TimeField time = new TimeField(messages::get, model.nextTime());
        time.setId("visit-next-time");
        time.valueProperty().addListener((obs, was, now) -> model.set("nextTime", DateFormats.time(now)));
        Label readable = Components.text(messages.get("visit.notes.readByPerson"), "hint");
        readable.setId("visit-notes-readable");
        return new Node[] {
            readable, // the person's right of access (droit d'accès), said in plain words
            field("visit.notes", notes),
            field("visit.decisions", decisions),
            field("visit.next.date", date("nextDate", "visit-next-date")),
            field("visit.next.time", time)
        };
    }

    private Node[] summary() {
        VBox lines = new VBox(8);
        lines.setId("visit-summary");
        for (String line : model.summary()) {
            lines.getChildren().add(Components.text("• " + line, "fact-value"));
        }
        Button discard = new Button(messages.get("visit.discard"));
        discard.setId("visit-discard");
        discard.getStyleClass().addAll(Styles.FLAT, Styles.DANGER);
        discard.setWrapText(true);
        discard.setMaxWidth(Double.MAX_VALUE);
        discard.setOnAction(e -> {
            Runnable undo = model.discard();
            onFinished.run();
            Snackbar.show(messages.get("visit.discarded"), messages.get("kit.undo"), undo);
        });
        return new Node[] {Components.text(messages.get("visit.summary.intro"), "lead"), lines, discard};
    }

    private VBox field(String key, Node input) {
        VBox box = Components.field(
                messages.get(key),
                input,
                input instanceof DateField d ? d.refusalProperty() : new SimpleStringProperty(""));
        return box;
    }

    private <T extends TextInputControl> T text(T input, String key, String id) {
        input.setId(id);
        input.setText(model.get(key));
        input.setAccessibleText(id);
        input.textProperty().addListener((obs, old, now) -> model.set(key, now));
        return input;
    }

    private DateField date(String key, String id) {
        DateField picker = new DateField(messages::get);
        picker.setId(id);
        try {
            picker.setValue(model.get(key).isEmpty() ? null : LocalDate.parse(model.get(key)));
        } catch (DateTimeParseException e) {
            picker.setValue(null);
        }
        picker.setAccessibleText(messages.get(key.equals("date") ? "visit.date" : "visit.next.date"));
        picker.valueProperty().addListener((obs, old, now) -> model.set(key, now == null ? "" : now.toString()));
        return picker;
    }

    private <E extends org.jalons.protocol.Code> StringConverter<E> labels() {
        return org.jalons.ui.Labels.shownAs(messages::label);
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public String title() {
        return messages.get("visit.title", model.firstName());
    }
}
