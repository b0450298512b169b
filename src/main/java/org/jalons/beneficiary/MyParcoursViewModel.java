package org.jalons.beneficiary;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.jalons.domain.Corrections;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Mon parcours": the person's own goals, open ones first, each with the latest confidence ratings. */
public final class MyParcoursViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(MyParcoursViewModel.class);

    private final LocalStore store;
    private final Background background;
    private final Messages messages;
    /** A theme's or a status's words, easy-read ones in easy-read mode. */
    private final java.util.function.Function<org.jalons.protocol.Code, String> label;

    private final ObservableList<GoalCard> goals = FXCollections.observableArrayList();
    private final ObservableList<TrainingLine> trainings = FXCollections.observableArrayList();
    private final ObservableList<MyCounsellor> counsellors = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> nextAppointment = new SimpleObjectProperty<>(this, "nextAppointment");
    private final Clock clock;
    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final MyNotes notes;
    private final MyWork work;

    public MyParcoursViewModel(LocalStore store, Background background, Messages messages) {
        this(store, background, messages, Clock.systemUTC());
    }

    public MyParcoursViewModel(LocalStore store, Background background, Messages messages, Clock clock) {
        this(store, background, messages, clock, messages::label);
    }

    /** The same, whose themes and statuses are in easy-read words when {@code texts} speaks easy-read. */
    public MyParcoursViewModel(LocalStore store, Background background, EasyRead texts, Clock clock) {
        this(store, background, texts.messages(), clock, texts::label);
    }

    private MyParcoursViewModel(
            LocalStore store,
            Background background,
            Messages messages,
            Clock clock,
            java.util.function.Function<org.jalons.protocol.Code, String> label) {
        this.clock = clock;
        this.store = store;
        this.background = background;
        this.messages = messages;
        this.label = label;
        this.notes = new MyNotes(store, background, clock);
        this.work = new MyWork(store, background, clock);
    }

    public void load() {
        UUID me = store.profile().beneficiaryId();
        notes.load();
        work.load();
        loading.set(true);
        background.run(
                () -> new Parcours(
                        read(me),
                        trainings(me),
                        nextAppointment(me),
                        store.counsellorProfiles().mine()),
                parcours -> {
                    counsellors.setAll(parcours.counsellors());
                    goals.setAll(parcours.goals());
                    trainings.setAll(parcours.trainings());
                    nextAppointment.set(parcours.nextAppointment());
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("The goals of the parcours could not be read", failure);
                    error.set(messages.get("error.unexpected"));
                });
    }

    private record Parcours(
            List<GoalCard> goals,
            List<TrainingLine> trainings,
            Instant nextAppointment,
            List<MyCounsellor> counsellors) {}

    /** The latest interview's next appointment, when it is still to come. */
    private Instant nextAppointment(UUID me) {
        if (me == null) {
            return null;
        }
        return Corrections.current(store.interviews().forBeneficiary(me)).stream()
                .map(Interview::nextAppointment)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .filter(at -> at.isAfter(clock.instant()))
                .orElse(null);
    }

    private List<TrainingLine> trainings(UUID me) {
        if (me == null) {
            return List.of();
        }
        return store.trainings().forBeneficiary(me).stream()
                .sorted(Comparator.comparing(Training::startDate, Comparator.nullsLast(Comparator.reverseOrder())))
                .map(t -> new TrainingLine(
                        t.id(),
                        t.title(),
                        t.status(),
                        label.apply(t.status()),
                        t.evidenceRef() != null,
                        store.trainings()
                                .findStored(t.id())
                                .map(MyTrainings::personMayChange)
                                .orElse(false)))
                .toList();
    }

    private List<GoalCard> read(UUID me) {
        if (me == null) {
            return List.of();
        }
        Map<UUID, Integer> self = new HashMap<>();
        Map<UUID, Integer> counsellor = new HashMap<>();
        for (CheckIn c : store.checkIns().forBeneficiaryOverTime(me)) {
            (c.rater() == Rater.BENEFICIARY ? self : counsellor).put(c.goalId(), c.rating());
        }
        Map<UUID, int[]> steps = new HashMap<>();
        for (GoalStep s : store.goalSteps().forBeneficiary(me)) {
            int[] count = steps.computeIfAbsent(s.goalId(), g -> new int[2]);
            count[0]++;
            if (s.status() == StepStatus.REALISEE) {
                count[1]++;
            }
        }
        return store.goals().forBeneficiary(me).stream()
                .sorted(Comparator.comparing(Goal::isOpen)
                        .reversed()
                        .thenComparing(Goal::openedOn, Comparator.reverseOrder()))
                .map(g -> new GoalCard(
                        g.id(),
                        g.phrasing(),
                        theme(g.theme()),
                        g.theme().known(),
                        g.status(),
                        label.apply(g.status()),
                        self.get(g.id()),
                        counsellor.get(g.id()),
                        g.targetDate(),
                        steps.getOrDefault(g.id(), new int[2])[0],
                        steps.getOrDefault(g.id(), new int[2])[1]))
                .toList();
    }

    private String theme(Term<GoalTheme> theme) {
        return store.orgVocabulary().themeText(theme, label::apply, true);
    }

    public String displayName() {
        return store.profile().displayName();
    }

    public String greeting() {
        return messages.get("my.hello", store.profile().displayName());
    }

    public ObservableList<GoalCard> goals() {
        return goals;
    }

    /** «Au travail»: what the work supervisor observed of me, and my answers. */
    public MyWork work() {
        return work;
    }

    /** "Mes notes": what I wrote myself, newest first. */
    public MyNotes notes() {
        return notes;
    }

    public ObservableList<TrainingLine> trainings() {
        return trainings;
    }

    /** The person's counsellors as the last sync gave them (empty until one set a profile). */
    public ObservableList<MyCounsellor> counsellors() {
        return counsellors;
    }

    /**
     * The counsellor the ratings' texts name: the only one known. With several, a rating does not say which one gave
     * it, so the texts stay unnamed ("the person who supports me").
     */
    public Optional<CounsellorProfile> ratingCounsellor() {
        return counsellors.size() == 1 ? Optional.of(counsellors.get(0).profile()) : Optional.empty();
    }

    /** The next appointment with the counsellor, or null when none is planned. */
    public ReadOnlyObjectProperty<Instant> nextAppointmentProperty() {
        return nextAppointment;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
