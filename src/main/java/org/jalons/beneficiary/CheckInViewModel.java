package org.jalons.beneficiary;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.CheckIn;
import org.jalons.domain.JalonsRecord;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.form.FormState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Je me sens capable… aujourd'hui ?": the person rates one goal from 0 to 10, with a comment if they wish. In
 * easy-read mode the view asks one question per screen, following {@link #stepProperty()}. The rating and the
 * comment are kept in a draft per goal until saved.
 */
public final class CheckInViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInViewModel.class);

    public enum Step {
        GOAL,
        FEELING,
        COMMENT,
        THANKS
    }

    private final LocalStore store;
    private final Background background;
    private final EasyRead texts;
    private final Clock clock;
    private final ObservableList<MyGoals> goals = FXCollections.observableArrayList();
    private final ObjectProperty<MyGoals> goal = new SimpleObjectProperty<>(this, "goal");
    private final StringProperty rating = new SimpleStringProperty(this, "rating", "");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty ratingError = new SimpleStringProperty(this, "ratingError", "");
    private final StringProperty commentError = new SimpleStringProperty(this, "commentError", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(this, "step", Step.GOAL);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private FormState form;

    public CheckInViewModel(LocalStore store, Background background, EasyRead texts, Clock clock, UUID goalId) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.clock = clock;
        goals.setAll(MyGoals.open(store));
        goals.stream().filter(g -> g.id().equals(goalId)).findFirst().ifPresent(this::chooseGoal);
        // In easy-read mode the goal question is always asked: one question per screen, the first one included.
        if (goal.get() == null && goals.size() == 1 && !texts.isOn()) {
            chooseGoal(goals.get(0));
        }
    }

    public void chooseGoal(MyGoals chosen) {
        if (form != null) {
            form.release();
        }
        goal.set(chosen);
        rating.set("");
        comment.set("");
        form = new FormState(store.drafts(), background, DraftKey.of(DraftKey.Form.MY_CHECK_IN, chosen.id()));
        form.add("rating", rating);
        form.add("comment", comment);
        form.load();
        step.set(Step.FEELING);
    }

    /** One tap on a face: in easy-read mode it also moves on to the next question. */
    /**
     * The values the five faces of easy-read record on the 0 to 10 scale: the ends and the middle as on the grid, and
     * the two faces between them halfway again, rounded to the whole numbers a check-in holds (docs/APP.md).
     */
    public static final List<Integer> FACE_VALUES = List.of(0, 3, 5, 7, 10);

    public void rate(int value) {
        rating.set(Integer.toString(Math.max(CheckIn.MIN, Math.min(CheckIn.MAX, value))));
        ratingError.set("");
        if (step.get() == Step.FEELING) {
            step.set(Step.COMMENT);
        }
    }

    public Integer ratingValue() {
        try {
            return rating.get().isEmpty() ? null : Integer.valueOf(rating.get());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Saves the check-in; the typed comment stays in place when something is missing. */
    public boolean save() {
        ratingError.set(ratingValue() == null ? texts.get("my.checkIn.ratingMissing") : "");
        String text = comment.get().strip();
        commentError.set(text.length() > MAX_COMMENT ? texts.get("my.tooLong", text.length(), MAX_COMMENT) : "");
        if (goal.get() == null
                || !ratingError.get().isEmpty()
                || !commentError.get().isEmpty()) {
            if (!ratingError.get().isEmpty() && step.get() == Step.COMMENT) {
                step.set(Step.FEELING);
            }
            return false;
        }
        UUID me = store.profile().beneficiaryId();
        CheckIn checkIn = new CheckIn(
                JalonsRecord.newId(),
                me,
                goal.get().id(),
                Rater.BENEFICIARY,
                ratingValue(),
                text.isEmpty() ? null : text,
                clock.instant());
        busy.set(true);
        FormState done = form;
        background.run(
                () -> store.checkIns().save(checkIn),
                saved -> {
                    busy.set(false);
                    done.saved();
                    step.set(Step.THANKS);
                },
                failure -> {
                    busy.set(false);
                    LOG.error("The check-in could not be saved", failure);
                    error.set(texts.get("my.saveFailed"));
                });
        return true;
    }

    static final int MAX_COMMENT = 2000;

    public List<MyGoals> goals() {
        return goals;
    }

    public ReadOnlyObjectProperty<MyGoals> goalProperty() {
        return goal;
    }

    public ReadOnlyStringProperty ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty ratingErrorProperty() {
        return ratingError;
    }

    public ReadOnlyStringProperty commentErrorProperty() {
        return commentError;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
