package org.jalons.beneficiary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.CheckIn;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.Goal;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.SaidAtOnce;
import org.jalons.domain.Training;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SharedWordBook;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mes progrès": for each goal, my ratings over time next to my counsellor's (two series, never averaged), said
 * in words too; and my milestones (jalons): goals achieved and trainings certified, in order.
 */
public final class ProgressViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressViewModel.class);

    public record Point(LocalDate date, int rating) {}

    public record GoalProgress(
            UUID goalId, String phrasing, GoalTheme theme, List<Point> self, List<Point> counsellor, String summary) {}

    public enum MilestoneKind {
        GOAL_ACHIEVED,
        TRAINING_CERTIFIED
    }

    public record Milestone(LocalDate date, MilestoneKind kind, String title) {}

    private record Progress(
            List<GoalProgress> goals,
            List<Milestone> milestones,
            Map<UUID, List<SaidAtOnce>> said,
            Map<UUID, List<CheckIn>> ownComments,
            Sharing sharing) {}

    /** Which of my words I share with the structure, and whether my consent lets me. */
    private record Sharing(Set<UUID> shared, boolean mayShare) {}

    private final LocalStore store;
    private final Background background;
    private final EasyRead texts;
    private final ZoneId zone;
    private final ObservableList<GoalProgress> goals = FXCollections.observableArrayList();
    private final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    /** What each voice said with its ratings, per goal, newest first (read with the rest). */
    private final Map<UUID, List<SaidAtOnce>> said = new HashMap<>();
    /** My own ratings that came with words, per goal: the words I may share with the structure. */
    private final Map<UUID, List<CheckIn>> ownComments = new HashMap<>();

    private volatile Sharing sharing = new Sharing(Set.of(), false);
    private final SharedWordBook sharedWords;

    private final BooleanProperty loading = new SimpleBooleanProperty(this, "loading");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    /** The counsellor the texts name (the only one known), or null: they stay unnamed. */
    private volatile CounsellorProfile counsellor;

    public ProgressViewModel(LocalStore store, Background background, EasyRead texts, ZoneId zone) {
        this.store = store;
        this.background = background;
        this.texts = texts;
        this.zone = zone;
        this.sharedWords = new SharedWordBook(store, java.time.Clock.systemUTC());
    }

    public void load() {
        UUID me = store.profile().beneficiaryId();
        loading.set(true);
        background.run(
                () -> read(me),
                progress -> {
                    goals.setAll(progress.goals());
                    milestones.setAll(progress.milestones());
                    said.clear();
                    said.putAll(progress.said());
                    ownComments.clear();
                    ownComments.putAll(progress.ownComments());
                    sharing = progress.sharing();
                    loading.set(false);
                },
                failure -> {
                    loading.set(false);
                    LOG.error("My progress could not be read", failure);
                    error.set(texts.get("my.saveFailed"));
                });
    }

    private Progress read(UUID me) {
        List<MyCounsellor> mine = store.counsellorProfiles().mine();
        // a rating does not say which counsellor gave it: named only when there is one
        counsellor = mine.size() == 1 ? mine.get(0).profile() : null;
        if (me == null) {
            return new Progress(List.of(), List.of(), Map.of(), Map.of(), new Sharing(Set.of(), false));
        }
        List<Goal> myGoals = store.goals().forBeneficiary(me).stream()
                .sorted(Comparator.comparing(Goal::openedOn))
                .toList();
        List<GoalProgress> progress = new ArrayList<>();
        List<Milestone> milestones = new ArrayList<>();
        Map<UUID, List<SaidAtOnce>> words = new HashMap<>();
        Map<UUID, List<CheckIn>> commented = new HashMap<>();
        for (Goal g : myGoals) {
            List<Point> self = new ArrayList<>();
            List<Point> counsellor = new ArrayList<>();
            List<CheckIn> ratings = store.checkIns().forGoal(g.id());
            words.put(g.id(), SaidAtOnce.of(ratings));
            commented.put(
                    g.id(),
                    ratings.stream()
                            .filter(c -> c.rater() == Rater.BENEFICIARY
                                    && c.comment() != null
                                    && !c.comment().isBlank())
                            .toList());
            for (CheckIn c : ratings) {
                (c.rater() == Rater.BENEFICIARY ? self : counsellor)
                        .add(new Point(LocalDate.ofInstant(c.ratedAt(), zone), c.rating()));
            }
            progress.add(new GoalProgress(
                    g.id(), g.phrasing(), g.theme().known(), self, counsellor, summary(self, counsellor)));
            if (g.status() == GoalStatus.ATTEINT) {
                milestones.add(new Milestone(
                        g.closedOn() != null ? g.closedOn() : g.openedOn(), MilestoneKind.GOAL_ACHIEVED, g.phrasing()));
            }
        }
        for (Training t : store.trainings().forBeneficiary(me)) {
            if (t.status() == TrainingStatus.CERTIFIEE) {
                LocalDate when = t.endDate() != null ? t.endDate() : t.startDate();
                milestones.add(new Milestone(when, MilestoneKind.TRAINING_CERTIFIED, t.title()));
            }
        }
        milestones.sort(Comparator.comparing(Milestone::date, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Progress(progress, milestones, words, commented, sharing(me));
    }

    private Sharing sharing(UUID me) {
        return new Sharing(Set.copyOf(sharedWords.shared(me).keySet()), sharedWords.consentGiven(me));
    }

    /** My own rating of the goal that said these words, whose words I may share with the structure. */
    public Optional<UUID> ownWords(UUID goalId, SaidAtOnce.Voice v) {
        if (v.rater() != Rater.BENEFICIARY || v.comment() == null) {
            return Optional.empty();
        }
        return ownComments.getOrDefault(goalId, List.of()).stream()
                .filter(c -> c.rating() == v.rating() && c.comment().equals(v.comment()))
                .map(CheckIn::id)
                .findFirst();
    }

    public boolean isShared(UUID checkInId) {
        return sharing.shared().contains(checkInId);
    }

    public boolean mayShare() {
        return sharing.mayShare();
    }

    /** I share my words said with a rating ({@code on}), or withdraw them. */
    public void share(UUID checkInId, boolean on) {
        UUID me = store.profile().beneficiaryId();
        background.run(
                () -> {
                    if (on) {
                        sharedWords.share(me, checkInId, null);
                    } else {
                        sharedWords.withdraw(me, checkInId);
                    }
                    return sharing(me);
                },
                now -> sharing = now,
                failure -> LOG.error("My choice to share my words could not be saved", failure));
    }

    /** The two voices in words, each on its own: the chart's accessible summary. */
    String summary(List<Point> self, List<Point> counsellor) {
        return voice("my.progress.self", "my.progress.selfNone", self) + " "
                + voice("my.progress.counsellor", "my.progress.counsellorNone", counsellor);
    }

    private String voice(String key, String noneKey, List<Point> points) {
        if (points.isEmpty()) {
            return texts.get(noneKey, form(), name());
        }
        return texts.get(
                key, points.get(0).rating(), points.get(points.size() - 1).rating(), points.size(), form(), name());
    }

    /** What each voice said with its ratings of the goal, newest first; empty when no rating came with words. */
    public List<SaidAtOnce> said(UUID goalId) {
        return said.getOrDefault(goalId, List.of());
    }

    /** One voice's rating and words: "Moi, 8/10 : « … »", or my counsellor's, named as on the chart. */
    public String voiceText(SaidAtOnce.Voice v) {
        boolean self = v.rater() == Rater.BENEFICIARY;
        if (v.comment() == null) {
            return self
                    ? texts.get("my.voices.selfRatingOnly", v.rating())
                    : texts.get("my.voices.counsellorRatingOnly", v.rating(), form(), name());
        }
        return self
                ? texts.get("my.voices.self", v.rating(), v.comment())
                : texts.get("my.voices.counsellor", v.rating(), v.comment(), form(), name());
    }

    /** The answer to "what makes us see things differently?", kept with both ratings. */
    public String gapText(String answer) {
        return texts.get("my.voices.gapAnswer", answer);
    }

    /** "Le 26 novembre 2026": the day the ratings were given. */
    public String saidOn(java.time.Instant at) {
        return texts.get(
                "my.voices.on",
                org.jalons.ui.kit.DateFormats.longDate(
                        LocalDate.ofInstant(at, zone), texts.messages().locale()));
    }

    /** "Pour chaque objectif : ma confiance et celle de ma conseillère Camille, côte à côte." */
    public String intro() {
        return texts.get("my.progress.intro", form(), name());
    }

    /** The name of the counsellor's line on the charts: "Ma conseillère Camille" once known. */
    public String counsellorSeriesName() {
        return texts.get("my.progress.counsellorSeries", form(), name());
    }

    private String form() {
        CounsellorProfile known = counsellor;
        return known == null ? "unknown" : known.addressForm();
    }

    private String name() {
        CounsellorProfile known = counsellor;
        return known == null ? "" : known.displayName();
    }

    public ObservableList<GoalProgress> goals() {
        return goals;
    }

    public ObservableList<Milestone> milestones() {
        return milestones;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
