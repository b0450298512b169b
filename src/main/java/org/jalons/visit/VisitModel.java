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
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleIntegerProperty;
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
import org.jalons.storage.LocalStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A home visit or interview, step by step: place and date, barriers, goals and steps, co-rating (the person's and
 * the counsellor's 0–10, entered apart and kept apart), notes and decisions, next appointment, summary. Every
 * answer is kept at once in the draft {@code visit:<beneficiaryId>}, so the visit can be left and resumed, even
 * after a restart; finishing writes the interview, the check-ins and the changes, then clears the draft.
 */
public final class VisitModel {
    private static final Logger LOG = LoggerFactory.getLogger(VisitModel.class);
    public static final int START = 0;
    public static final int BARRIERS = 1;
    public static final int GOALS = 2;
    public static final int RATING = 3;
    public static final int NOTES = 4;
    public static final int SUMMARY = 5;
    public static final int STEPS = 6;

    private final LocalStore store;
    private final UUID beneficiaryId;
    private final Messages messages;
    private final Clock clock;
    private final ZoneId zone;
    private final String key;
    private final BeneficiaryFile file;
    private final ObservableMap<String, String> values = FXCollections.observableMap(new LinkedHashMap<>());
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final IntegerProperty step = new SimpleIntegerProperty(this, "step", START);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final boolean resumed;

    public VisitModel(LocalStore store, UUID beneficiaryId, Messages messages, Clock clock, ZoneId zone) {
        this.store = store;
        this.beneficiaryId = beneficiaryId;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
        this.key = VisitKeys.visit(beneficiaryId);
        this.file = BeneficiaryFile.load(store, beneficiaryId);
        Optional<Map<String, Object>> draft = store.drafts().load(key);
        resumed = draft.isPresent();
        if (resumed) {
            draft.get().forEach((k, v) -> values.put(k, v == null ? "" : v.toString()));
            step.set(Integer.parseInt(values.getOrDefault("step", "0")));
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

    public IntegerProperty stepProperty() {
        return step;
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

    public void go(int next) {
        step.set(Math.max(START, Math.min(SUMMARY, next)));
        saveDraft();
    }

    public void next() {
        go(step.get() + 1);
    }

    public void previous() {
        go(step.get() - 1);
    }

    private void saveDraft() {
        Map<String, Object> draft = new LinkedHashMap<>(values);
        draft.put("step", String.valueOf(step.get()));
        store.drafts().save(key, draft);
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

    public static String commentKey(Goal g) {
        return "comment." + g.id();
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
     * Writes the interview, both voices of each co-rating as separate check-ins, and the changes; clears the draft.
     * Ids are fixed in the draft first, so a finish interrupted half-way can be run again without doubles.
     * Returns true when everything was written.
     */
    public boolean finish() {
        message.set("");
        if (!errors.isEmpty()) {
            message.set(messages.get("visit.finish.fixRatings"));
            go(RATING);
            return false;
        }
        List<String> problems = new ArrayList<>();
        java.time.Instant next = nextAppointment(problems);
        LocalDate date = parseDate(get("date"));
        if (!problems.isEmpty()) {
            message.set(problems.get(0));
            return false;
        }
        for (Goal g : openGoals()) {
            for (String rk : List.of(selfKey(g), counsellorKey(g))) {
                if (rating(rk) != null && get("id." + rk).isEmpty()) {
                    values.put("id." + rk, JalonsRecord.newId().toString());
                }
            }
        }
        saveDraft();
        try {
            UUID interviewId = UUID.fromString(get("interviewId"));
            Interview interview = new Interview(
                    interviewId,
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
                go(START);
                return false;
            }
            java.time.Instant now = clock.instant();
            for (Goal g : openGoals()) {
                String comment = blank(get(commentKey(g)));
                writeCheckIn(g, Rater.BENEFICIARY, selfKey(g), comment, now);
                writeCheckIn(g, Rater.COUNSELLOR, counsellorKey(g), comment, now);
                if (goalStatus(g) != g.status()) {
                    boolean closed = goalStatus(g) == GoalStatus.ATTEINT || goalStatus(g) == GoalStatus.ABANDONNE;
                    store.goals()
                            .save(new Goal(
                                    g.id(),
                                    g.beneficiaryId(),
                                    g.theme(),
                                    g.phrasing(),
                                    g.proposedBy(),
                                    goalStatus(g),
                                    g.targetDate(),
                                    g.openedOn(),
                                    closed ? date : null));
                }
                for (GoalStep s : stepsOf(g)) {
                    if (stepDone(s) != (s.status() == StepStatus.REALISEE)) {
                        store.goalSteps()
                                .save(new GoalStep(
                                        s.id(),
                                        s.beneficiaryId(),
                                        s.goalId(),
                                        s.label(),
                                        stepDone(s) ? StepStatus.REALISEE : StepStatus.EN_COURS,
                                        s.dueDate()));
                    }
                }
            }
            for (BarrierArea a : BarrierArea.values()) {
                String changed = values.get("barrier." + a.name());
                if (changed != null && !changed.isEmpty()) {
                    Barrier current = file.barrier(a).orElse(null);
                    BarrierStatus s = BarrierStatus.valueOf(changed);
                    if (current == null || current.status() != s) {
                        store.barriers()
                                .save(new Barrier(
                                        current == null ? JalonsRecord.newId() : current.id(),
                                        beneficiaryId,
                                        Term.of(a),
                                        s,
                                        current == null ? null : current.note()));
                    }
                }
            }
            if (store.interviews().find(interviewId).isEmpty()) {
                store.interviews().save(interview);
            }
        } catch (ValidationException e) {
            message.set(messages.violation(e.violations().get(0)));
            return false;
        } catch (RuntimeException e) {
            LOG.error("The visit of {} could not be written", beneficiaryId, e);
            message.set(messages.get("error.unexpected"));
            return false;
        }
        store.drafts().clear(key);
        return true;
    }

    private void writeCheckIn(Goal g, Rater rater, String ratingKey, String comment, java.time.Instant at) {
        Integer r = rating(ratingKey);
        if (r == null) {
            return;
        }
        UUID id = UUID.fromString(get("id." + ratingKey));
        if (store.checkIns().find(id).isEmpty()) {
            store.checkIns().save(new CheckIn(id, beneficiaryId, g.id(), rater, r, comment, at));
        }
    }

    /** Drops the visit in progress (the person changed their mind): nothing is written. */
    public void discard() {
        store.drafts().clear(key);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
