package org.jalons.visit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.collections.ObservableMap;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.caseload.VisitKeys;
import org.jalons.domain.Barrier;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.domain.Violation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.BarrierArea;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.StepStatus;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.ui.form.FormDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A home visit or interview, step by step: place and date, barriers, goals and steps, co-rating (the person's and
 * the counsellor's 0–10, entered apart and kept apart), notes and decisions, next appointment, summary. Every
 * answer is kept at once in the draft {@code visit:<beneficiaryId>} (written on the store thread), so the visit can
 * be left and resumed, even after a restart; finishing writes everything in one transaction ({@link FinishVisit}).
 * The model is built from the file already read (its draft included), so opening it reads nothing on the screen's
 * thread.
 */
public final class VisitModel {
    private static final Logger LOG = LoggerFactory.getLogger(VisitModel.class);

    private final LocalStore store;
    private final Background background;
    private final FinishVisit finishVisit;
    private final UUID beneficiaryId;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final DraftKey key;
    private final BeneficiaryFile file;
    private final ObservableMap<String, String> values = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final ObjectProperty<VisitStep> step = new SimpleObjectProperty<>(this, "step", VisitStep.START);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    /** Written on the store thread, coalesced; closed there once the visit is written or dropped. */
    private final FormDraft draft;

    private final boolean resumed;

    public VisitModel(
            BeneficiaryFile file,
            LocalStore store,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone) {
        this.store = store;
        this.background = background;
        this.finishVisit = new FinishVisit(store);
        this.beneficiaryId = file.person().id();
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.key = VisitKeys.visit(beneficiaryId);
        this.draft = new FormDraft(store.drafts(), background, key);
        this.file = file;
        Optional<Map<String, Object>> draft = file.visitDraft();
        resumed = draft.isPresent();
        if (resumed) {
            draft.get().forEach((k, v) -> values.put(k, v == null ? "" : v.toString()));
            step.set(VisitStep.fromDraft(values.remove("step")));
            splitOneCommentForBothVoices();
            values.keySet().stream()
                    .filter(k -> k.startsWith("self.") || k.startsWith("counsellor."))
                    .toList()
                    .forEach(this::checkRating);
        } else {
            values.put("place", InterviewPlace.DOMICILE.name());
            values.put("date", LocalDate.ofInstant(clock.instant(), zone).toString());
            values.put(
                    "participants",
                    store.profile().displayName() + ", " + file.person().displayName());
            values.put("interviewId", JalonsRecord.newId().toString());
        }
    }

    public boolean resumed() {
        return resumed;
    }

    public BeneficiaryFile file() {
        return file;
    }

    public String firstName() {
        return file.person().displayName().strip().split("\\s+", 2)[0];
    }

    public List<Goal> openGoals() {
        return file.goals().stream().filter(Goal::isOpen).toList();
    }

    public List<GoalStep> stepsOf(Goal g) {
        return file.steps().getOrDefault(g.id(), List.of());
    }

    public ReadOnlyObjectProperty<VisitStep> stepProperty() {
        return step;
    }

    /** True while the visit is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ObservableMap<String, String> values() {
        return values;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public String get(String k) {
        return values.getOrDefault(k, "");
    }

    /** Keeps an answer; the draft is written at once. */
    public void set(String k, String v) {
        values.put(k, v == null ? "" : v);
        if (k.startsWith("self.") || k.startsWith("counsellor.")) {
            checkRating(k);
        }
        saveDraft();
    }

    public void go(VisitStep next) {
        step.set(next);
        saveDraft();
    }

    public void next() {
        go(step.get().next());
    }

    public void previous() {
        go(step.get().previous());
    }

    /** Keeps a copy of the answers as the draft, written on the store thread in order with the other store work. */
    private void saveDraft() {
        Map<String, Object> content = new LinkedHashMap<>(values);
        content.put("step", step.get().name());
        draft.save(content);
    }

    // --- barriers ---

    public BarrierStatus barrierStatus(BarrierArea area) {
        String changed = values.get("barrier." + area.name());
        if (changed != null && !changed.isEmpty()) {
            return BarrierStatus.valueOf(changed);
        }
        return file.barrier(area).map(Barrier::status).orElse(BarrierStatus.NON_EXPLORE);
    }

    public boolean barrierAllowed(BarrierArea area) {
        return area.sensitiveCategory() == null
                || Boolean.TRUE.equals(file.consents().get(area.sensitiveCategory()));
    }

    public void setBarrier(BarrierArea area, BarrierStatus status) {
        set("barrier." + area.name(), status.name());
    }

    // --- goals and steps ---

    public GoalStatus goalStatus(Goal g) {
        String changed = values.get("goal." + g.id());
        return changed == null || changed.isEmpty() ? g.status() : GoalStatus.valueOf(changed);
    }

    public void setGoalStatus(Goal g, GoalStatus s) {
        set("goal." + g.id(), s.name());
    }

    public boolean stepDone(GoalStep s) {
        String changed = values.get("step." + s.id());
        return (changed == null || changed.isEmpty())
                ? s.status() == StepStatus.REALISEE
                : Boolean.parseBoolean(changed);
    }

    public void setStepDone(GoalStep s, boolean done) {
        set("step." + s.id(), String.valueOf(done));
    }

    // --- co-rating ---

    public static String selfKey(Goal g) {
        return "self." + g.id();
    }

    public static String counsellorKey(Goal g) {
        return "counsellor." + g.id();
    }

    /** The person's own comment on their rating of {@code g}. */
    public static String selfCommentKey(Goal g) {
        return "selfComment." + g.id();
    }

    /** The counsellor's comment on their rating of {@code g}. */
    public static String counsellorCommentKey(Goal g) {
        return "counsellorComment." + g.id();
    }

    /** The answer to "what makes us see things differently?", kept with both ratings of {@code g}. */
    public static String gapAnswerKey(Goal g) {
        return "gapAnswer." + g.id();
    }

    /** The one comment per goal that drafts held before each voice had its own. */
    private static final String ONE_COMMENT = "comment.";

    /**
     * A draft saved when a visit had one comment per goal, meant for both ratings: its text goes into both voices'
     * fields (where either is still empty), so nothing typed is lost and no voice is silently chosen for it.
     */
    private void splitOneCommentForBothVoices() {
        for (String k : List.copyOf(values.keySet())) {
            if (!k.startsWith(ONE_COMMENT)) {
                continue;
            }
            String text = values.remove(k);
            String goalId = k.substring(ONE_COMMENT.length());
            if (text != null && !text.isBlank()) {
                for (String voice : List.of("selfComment." + goalId, "counsellorComment." + goalId)) {
                    if (values.getOrDefault(voice, "").isBlank()) {
                        values.put(voice, text);
                    }
                }
            }
        }
    }

    /**
     * How far apart the two voices are on {@code g}, in points (never an average): empty until both ratings are in.
     */
    public Optional<Integer> gap(Goal g) {
        Integer self = rating(selfKey(g));
        Integer mine = rating(counsellorKey(g));
        return self == null || mine == null ? Optional.empty() : Optional.of(Math.abs(self - mine));
    }

    /** The gap's question is asked, and its answer kept, once both ratings are in and they differ. */
    public boolean asksAboutTheGap(Goal g) {
        return gap(g).filter(points -> points > 0).isPresent();
    }

    /** A rating is a whole number from 0 to 10; anything else is said under the field and kept as typed. */
    private Integer checkRating(String k) {
        String v = get(k).strip();
        errors.remove(k);
        if (v.isEmpty()) {
            return null;
        }
        try {
            int r = Integer.parseInt(v);
            if (r < CheckIn.MIN || r > CheckIn.MAX) {
                errors.put(k, messages.violation(new Violation("rating", "outOfRange", CheckIn.MIN, CheckIn.MAX)));
                return null;
            }
            return r;
        } catch (NumberFormatException e) {
            errors.put(k, messages.get("visit.rating.notANumber"));
            return null;
        }
    }

    public Integer rating(String k) {
        return errors.containsKey(k) ? null : checkRatingQuietly(k);
    }

    private Integer checkRatingQuietly(String k) {
        try {
            String v = get(k).strip();
            return v.isEmpty() ? null : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    // --- next appointment ---

    /** The hour of the next appointment as chosen; none while none is (or what a draft held cannot be read). */
    public LocalTime nextTime() {
        String t = get("nextTime").strip();
        try {
            return t.isEmpty() ? null : LocalTime.parse(t.length() == 4 ? "0" + t : t);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public java.time.Instant nextAppointment(List<String> problems) {
        String d = get("nextDate").strip();
        if (d.isEmpty()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(d);
            String t = get("nextTime").strip();
            LocalTime time = t.isEmpty() ? LocalTime.of(9, 0) : LocalTime.parse(t.length() == 4 ? "0" + t : t);
            return date.atTime(time).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            problems.add(messages.get("visit.next.invalid"));
            return null;
        }
    }

    /** What finishing will record, in words, for the summary screen. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(
                "visit.summary.when",
                org.jalons.caseload.Format.date(parseDate(get("date")), messages),
                messages.label(InterviewPlace.valueOf(get("place").isEmpty() ? "DOMICILE" : get("place")))));
        for (BarrierArea a : BarrierArea.values()) {
            String changed = values.get("barrier." + a.name());
            if (changed != null && !changed.isEmpty()) {
                lines.add(messages.get(
                        "visit.summary.barrier", messages.label(a), messages.label(BarrierStatus.valueOf(changed))));
            }
        }
        for (Goal g : openGoals()) {
            if (goalStatus(g) != g.status()) {
                lines.add(messages.get("visit.summary.goal", g.phrasing(), messages.label(goalStatus(g))));
            }
            long done = stepsOf(g).stream()
                    .filter(s -> s.status() != StepStatus.REALISEE && stepDone(s))
                    .count();
            if (done > 0) {
                lines.add(messages.get("visit.summary.steps", done, g.phrasing()));
            }
            Integer self = rating(selfKey(g));
            Integer mine = rating(counsellorKey(g));
            if (self != null || mine != null) {
                lines.add(messages.get(
                        "visit.summary.rating",
                        g.phrasing(),
                        firstName(),
                        self == null ? "—" : self,
                        mine == null ? "—" : mine));
            }
            if (self != null && !get(selfCommentKey(g)).isBlank()) {
                lines.add(messages.get(
                        "visit.summary.selfComment",
                        firstName(),
                        get(selfCommentKey(g)).strip()));
            }
            if (mine != null && !get(counsellorCommentKey(g)).isBlank()) {
                lines.add(messages.get(
                        "visit.summary.counsellorComment",
                        get(counsellorCommentKey(g)).strip()));
            }
            if (asksAboutTheGap(g) && !get(gapAnswerKey(g)).isBlank()) {
                lines.add(messages.get(
                        "visit.summary.gapAnswer", get(gapAnswerKey(g)).strip()));
            }
        }
        if (!get("notes").isBlank()) {
            lines.add(messages.get("visit.summary.notes", get("notes").strip()));
        }
        if (!get("decisions").isBlank()) {
            lines.add(messages.get("visit.summary.decisions", get("decisions").strip()));
        }
        java.time.Instant next = nextAppointment(new ArrayList<>());
        lines.add(
                next == null
                        ? messages.get("visit.summary.noNext")
                        : messages.get(
                                "visit.summary.next", org.jalons.caseload.Format.dateTime(next, zone, messages)));
        return lines;
    }

    private static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Writes the interview, both voices of each co-rating as separate check-ins, and the changes, in one transaction
     * on the store thread; the draft goes with them. Ids are fixed in the draft first, so a finish whose end was not
     * seen can be run again without doubles. {@code onFinished} runs once everything is written; on a failure
     * nothing is, the answers stay and the message says why.
     */
    public void finish(Runnable onFinished) {
        if (busy.get()) {
            return;
        }
        message.set("");
        if (!errors.isEmpty()) {
            message.set(messages.get("visit.finish.fixRatings"));
            go(VisitStep.RATING);
            return;
        }
        List<String> problems = new ArrayList<>();
        java.time.Instant next = nextAppointment(problems);
        LocalDate date = parseDate(get("date"));
        if (!problems.isEmpty()) {
            message.set(problems.get(0));
            return;
        }
        for (Goal g : openGoals()) {
            for (String rk : List.of(selfKey(g), counsellorKey(g))) {
                if (rating(rk) != null && get("id." + rk).isEmpty()) {
                    values.put("id." + rk, JalonsRecord.newId().toString());
                }
            }
        }
        saveDraft();
        FinishVisit.Records records;
        try {
            Interview interview = new Interview(
                    UUID.fromString(get("interviewId")),
                    beneficiaryId,
                    date,
                    InterviewPlace.valueOf(get("place").isEmpty() ? "DOMICILE" : get("place")),
                    blank(get("participants")),
                    blank(get("notes")),
                    blank(get("decisions")),
                    next);
            List<Violation> invalid = interview.violations();
            if (!invalid.isEmpty()) {
                message.set(messages.violation(invalid.get(0)));
                go(VisitStep.START);
                return;
            }
            records = records(interview, date);
        } catch (ValidationException e) {
            message.set(messages.violation(e.violations().get(0)));
            return;
        } catch (RuntimeException e) {
            LOG.error("The visit of {} could not be prepared", beneficiaryId, e);
            message.set(messages.get("error.unexpected"));
            return;
        }
        busy.set(true);
        background.run(
                () -> {
                    finishVisit.run(records); // the draft goes in the same transaction
                    draft.close();
                    return null;
                },
                written -> {
                    busy.set(false);
                    onFinished.run();
                },
                failure -> {
                    busy.set(false);
                    if (failure instanceof ValidationException refused) {
                        message.set(messages.violation(refused.violations().get(0)));
                        return;
                    }
                    LOG.error("The visit of {} could not be written", beneficiaryId, failure);
                    message.set(messages.get("error.unexpected"));
                });
    }

    /** The records the answers make: the rated check-ins and what changed in goals, steps and barriers. */
    private FinishVisit.Records records(Interview interview, LocalDate date) {
        java.time.Instant now = clock.instant();
        List<CheckIn> checkIns = new ArrayList<>();
        List<Goal> goals = new ArrayList<>();
        List<GoalStep> steps = new ArrayList<>();
        for (Goal g : openGoals()) {
            String gapAnswer = asksAboutTheGap(g) ? blank(get(gapAnswerKey(g))) : null;
            checkIn(g, Rater.BENEFICIARY, selfKey(g), blank(get(selfCommentKey(g))), gapAnswer, now)
                    .ifPresent(checkIns::add);
            checkIn(g, Rater.COUNSELLOR, counsellorKey(g), blank(get(counsellorCommentKey(g))), gapAnswer, now)
                    .ifPresent(checkIns::add);
            if (goalStatus(g) != g.status()) {
                boolean closedGoal = goalStatus(g) == GoalStatus.ATTEINT || goalStatus(g) == GoalStatus.ABANDONNE;
                goals.add(new Goal(
                        g.id(),
                        g.beneficiaryId(),
                        g.theme(),
                        g.phrasing(),
                        g.proposedBy(),
                        goalStatus(g),
                        g.targetDate(),
                        g.openedOn(),
                        closedGoal ? date : null));
            }
            for (GoalStep s : stepsOf(g)) {
                if (stepDone(s) != (s.status() == StepStatus.REALISEE)) {
                    steps.add(new GoalStep(
                            s.id(),
                            s.beneficiaryId(),
                            s.goalId(),
                            s.label(),
                            stepDone(s) ? StepStatus.REALISEE : StepStatus.EN_COURS,
                            s.dueDate()));
                }
            }
        }
        List<Barrier> barriers = new ArrayList<>();
        for (BarrierArea a : BarrierArea.values()) {
            String changed = values.get("barrier." + a.name());
            if (changed != null && !changed.isEmpty()) {
                Barrier current = file.barrier(a).orElse(null);
                BarrierStatus s = BarrierStatus.valueOf(changed);
                if (current == null || current.status() != s) {
                    barriers.add(new Barrier(
                            current == null ? JalonsRecord.newId() : current.id(),
                            beneficiaryId,
                            Term.of(a),
                            s,
                            current == null ? null : current.note()));
                }
            }
        }
        return new FinishVisit.Records(interview, checkIns, goals, steps, barriers, key);
    }

    private Optional<CheckIn> checkIn(
            Goal g, Rater rater, String ratingKey, String comment, String gapAnswer, java.time.Instant at) {
        Integer r = rating(ratingKey);
        if (r == null) {
            return Optional.empty();
        }
        UUID id = UUID.fromString(get("id." + ratingKey));
        return Optional.of(new CheckIn(id, beneficiaryId, g.id(), rater, r, comment, at, gapAnswer));
    }

    /**
     * Drops the visit in progress (the person changed their mind): nothing is written. Returns its "Undo": the same
     * answers and step, kept as the visit's draft again (written after the drop, on the store thread), so that opening
     * the visit again resumes it.
     */
    public Runnable discard() {
        Map<String, Object> dropped = new LinkedHashMap<>(values);
        dropped.put("step", step.get().name());
        background.run(
                () -> {
                    draft.close();
                    store.drafts().clear(key);
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft of the visit of {} could not be dropped", beneficiaryId, failure));
        return () -> background.run(
                () -> {
                    store.drafts().save(key, dropped);
                    return null;
                },
                done -> {},
                failure -> LOG.warn("The draft of the visit of {} could not be put back", beneficiaryId, failure));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
