package org.jalons.journal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Corrections;
import org.jalons.domain.Exit;
import org.jalons.domain.FollowUp;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.storage.LocalStore;
import org.jalons.storage.RecordTable;

/**
 * A person's journal: everything recorded about them, newest first, read from the store with one query per kind of
 * record, all on one connection (never one per entry); consents through their repository, which leaves refused ones out. Each record gives its own entries: a check-in is one voice's rating with its own
 * comment, never merged with the other voice's. Deleted records are not read (the store leaves tombstones out).
 */
public record Journal(List<JournalEntry> entries, Map<UUID, Goal> goals) {

    /** Newest day first; within a day the latest instant first, then a stable order. */
    static final Comparator<JournalEntry> NEWEST_FIRST = Comparator.comparing(JournalEntry::date)
            .thenComparing(JournalEntry::at, Comparator.nullsFirst(Comparator.naturalOrder()))
            .reversed()
            .thenComparing(JournalEntry::event)
            .thenComparing(JournalEntry::recordId);

    public static Journal read(LocalStore store, UUID who, ZoneId zone) {
        List<JournalEntry> all = new ArrayList<>();
        Map<UUID, Goal> goals = new LinkedHashMap<>();
        Map<RecordKind, List<?>> read = readAll(store, who);
        for (Goal g : Journal.<Goal>of(read, RecordKind.GOAL)) {
            goals.put(g.id(), g);
            all.addAll(goal(g));
        }
        for (GoalStep s : Journal.<GoalStep>of(read, RecordKind.GOAL_STEP)) {
            if (s.doneDate() != null) {
                all.add(entry(JournalEvent.STEP_DONE, s.doneDate(), null, RecordKind.GOAL_STEP, s.id(), who)
                        .goal(s.goalId())
                        .code(s.status())
                        .title(s.label())
                        .build());
            }
        }
        // a check-in whose words were corrected is one: the original's rating and moment, the current words
        for (Corrections<CheckIn> chain : Corrections.chains(Journal.<CheckIn>of(read, RecordKind.CHECK_IN))) {
            CheckIn c = chain.first().withWordsOf(chain.current());
            all.add(entry(
                            JournalEvent.CHECK_IN,
                            day(c.ratedAt(), zone),
                            c.ratedAt(),
                            RecordKind.CHECK_IN,
                            chain.id(),
                            who)
                    .goal(c.goalId())
                    .voice(c.rater())
                    .rating(c.rating())
                    .text(c.comment())
                    .amended(chain, zone)
                    .build());
        }
        for (Corrections<Interview> chain : Corrections.chains(Journal.<Interview>of(read, RecordKind.INTERVIEW))) {
            Interview i = chain.current();
            all.add(entry(JournalEvent.INTERVIEW, i.date(), null, RecordKind.INTERVIEW, chain.id(), who)
                    .voice(Rater.COUNSELLOR)
                    .code(i.place())
                    .title(i.participants())
                    .text(i.notes())
                    .more(i.decisions())
                    .amended(chain, zone)
                    .build());
        }
        for (Corrections<Note> chain : Corrections.chains(Journal.<Note>of(read, RecordKind.NOTE))) {
            Note n = chain.current();
            Instant written = chain.first().writtenAt();
            all.add(entry(JournalEvent.NOTE, day(written, zone), written, RecordKind.NOTE, chain.id(), who)
                    .voice(n.authorRole())
                    .text(n.text())
                    .amended(chain, zone)
                    .build());
        }
        for (Training t : Journal.<Training>of(read, RecordKind.TRAINING)) {
            all.addAll(training(t));
        }
        for (Exit e : Journal.<Exit>of(read, RecordKind.EXIT)) {
            all.add(entry(JournalEvent.EXIT, e.exitDate(), null, RecordKind.EXIT, e.id(), who)
                    .voice(Rater.COUNSELLOR)
                    .code(e.category())
                    .text(e.detail())
                    .build());
        }
        for (FollowUp f : Journal.<FollowUp>of(read, RecordKind.FOLLOW_UP)) {
            if (f.doneDate() != null) {
                all.add(entry(JournalEvent.FOLLOW_UP, f.doneDate(), null, RecordKind.FOLLOW_UP, f.id(), who)
                        .voice(Rater.COUNSELLOR)
                        .code(f.situation())
                        .text(f.note())
                        .build());
            }
        }
        for (WorkObservation o : Journal.<WorkObservation>of(read, RecordKind.WORK_OBSERVATION)) {
            all.add(atWork(o, who));
        }
        for (Consent c : store.consents().history(who)) {
            all.add(entry(
                            c.granted() ? JournalEvent.CONSENT_GIVEN : JournalEvent.CONSENT_WITHDRAWN,
                            day(c.recordedAt(), zone),
                            c.recordedAt(),
                            RecordKind.CONSENT,
                            c.id(),
                            who)
                    .by(c.recordedBy())
                    .code(c.category())
                    .build());
        }
        all.sort(NEWEST_FIRST);
        return new Journal(List.copyOf(all), Map.copyOf(goals));
    }

    /** The kinds the journal shows, read in one go: one query each, on one connection. */
    private static final List<RecordKind> KINDS = List.of(
            RecordKind.GOAL,
            RecordKind.GOAL_STEP,
            RecordKind.CHECK_IN,
            RecordKind.INTERVIEW,
            RecordKind.NOTE,
            RecordKind.TRAINING,
            RecordKind.EXIT,
            RecordKind.FOLLOW_UP,
            RecordKind.WORK_OBSERVATION);

    private static Map<RecordKind, List<?>> readAll(LocalStore store, UUID who) {
        return store.database().read(c -> {
            Map<RecordKind, List<?>> out = new java.util.EnumMap<>(RecordKind.class);
            for (RecordKind kind : KINDS) {
                out.put(kind, RecordTable.of(kind).select(c, "BENEFICIARY_ID = ?", null, who));
            }
            return out;
        });
    }

    /**
     * An observation at work: its skills as their wire terms in the title ({@link JournalWords#skills} says them in
     * words), the comment as the text, the person's answer as {@code more}, the work supervisor's name as {@code by}.
     */
    private static JournalEntry atWork(WorkObservation o, UUID who) {
        return entry(JournalEvent.AT_WORK, o.observedOn(), null, RecordKind.WORK_OBSERVATION, o.id(), who)
                .by(o.observedBy())
                .rating(o.rating())
                .title(String.join(
                        SKILLS_SEPARATOR, o.skills().stream().map(Term::wire).toList()))
                .text(o.comment())
                .more(o.answer())
                .build();
    }

    /** Between the skills of an observation at work in an entry's title (a line break: never inside a term). */
    static final String SKILLS_SEPARATOR = "\n";

    @SuppressWarnings("unchecked") // each kind's table holds that kind's records
    private static <T> List<T> of(Map<RecordKind, List<?>> read, RecordKind kind) {
        return (List<T>) read.get(kind);
    }

    private static List<JournalEntry> goal(Goal g) {
        List<JournalEntry> out = new ArrayList<>(2);
        out.add(entry(JournalEvent.GOAL_OPENED, g.openedOn(), null, RecordKind.GOAL, g.id(), g.beneficiaryId())
                .goal(g.id())
                .code(g.proposedBy())
                .title(g.phrasing())
                .build());
        if (g.closedOn() != null && !g.isOpen()) {
            out.add(entry(JournalEvent.GOAL_CLOSED, g.closedOn(), null, RecordKind.GOAL, g.id(), g.beneficiaryId())
                    .goal(g.id())
                    .code(g.status())
                    .title(g.phrasing())
                    .build());
        }
        return out;
    }

    /** A training starts on its start date and ends, followed or certified, on its end date; undated ones wait. */
    private static List<JournalEntry> training(Training t) {
        List<JournalEntry> out = new ArrayList<>(2);
        if (t.startDate() != null) {
            out.add(entry(
                            JournalEvent.TRAINING_STARTED,
                            t.startDate(),
                            null,
                            RecordKind.TRAINING,
                            t.id(),
                            t.beneficiaryId())
                    .goal(t.goalId())
                    .by(t.provider())
                    .code(t.status())
                    .title(t.title())
                    .build());
        }
        boolean ended = t.status() == TrainingStatus.SUIVIE || t.status() == TrainingStatus.CERTIFIEE;
        if (ended && t.endDate() != null) {
            out.add(entry(
                            JournalEvent.TRAINING_ENDED,
                            t.endDate(),
                            null,
                            RecordKind.TRAINING,
                            t.id(),
                            t.beneficiaryId())
                    .goal(t.goalId())
                    .by(t.provider())
                    .code(t.status())
                    .title(t.title())
                    .build());
        }
        return out;
    }

    private static LocalDate day(Instant at, ZoneId zone) {
        return at.atZone(zone).toLocalDate();
    }

    private static Builder entry(JournalEvent event, LocalDate date, Instant at, RecordKind kind, UUID id, UUID who) {
        return new Builder(event, date, at, kind, id, who);
    }

    /** The entries the filter keeps, newest first. */
    public List<JournalEntry> filtered(JournalFilter filter) {
        return entries.stream().filter(filter::keeps).toList();
    }

    /** The list's lines for a filter: each month's heading, then that month's entries. */
    public List<JournalRow> rows(JournalFilter filter) {
        List<JournalEntry> kept = filtered(filter);
        List<JournalRow> rows = new ArrayList<>(kept.size() + 64);
        int i = 0;
        while (i < kept.size()) {
            YearMonth month = YearMonth.from(kept.get(i).date());
            int end = i;
            while (end < kept.size() && YearMonth.from(kept.get(end).date()).equals(month)) {
                end++;
            }
            rows.add(new JournalRow.Month(month, end - i));
            for (int k = i; k < end; k++) {
                rows.add(new JournalRow.Entry(kept.get(k)));
            }
            i = end;
        }
        return rows;
    }

    /** The goals that have entries, in the order they were opened (newest first), for the filter's choices. */
    public List<Goal> goalsByOpening() {
        return goals.values().stream()
                .sorted(Comparator.comparing(Goal::openedOn, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Goal::id))
                .toList();
    }

    private static final class Builder {
        private final JournalEvent event;
        private final LocalDate date;
        private final Instant at;
        private final RecordKind kind;
        private final UUID id;
        private final UUID who;
        private UUID goal;
        private Rater voice;
        private String by;
        private Integer rating;
        private org.jalons.protocol.Code code;
        private String title;
        private String text;
        private String more;
        private JournalEntry.Amended amended;

        Builder(JournalEvent event, LocalDate date, Instant at, RecordKind kind, UUID id, UUID who) {
            this.event = event;
            this.date = date;
            this.at = at;
            this.kind = kind;
            this.id = id;
            this.who = who;
        }

        Builder goal(UUID g) {
            this.goal = g;
            return this;
        }

        Builder voice(Rater v) {
            this.voice = v;
            return this;
        }

        Builder by(String b) {
            this.by = b;
            return this;
        }

        Builder rating(Integer r) {
            this.rating = r;
            return this;
        }

        Builder code(org.jalons.protocol.Code c) {
            this.code = c;
            return this;
        }

        Builder title(String t) {
            this.title = t;
            return this;
        }

        Builder text(String t) {
            this.text = t;
            return this;
        }

        Builder more(String m) {
            this.more = m;
            return this;
        }

        Builder amended(Corrections<?> chain, ZoneId zone) {
            Instant at = chain.current().correctedAt();
            if (chain.amended() && at != null) {
                this.amended = new JournalEntry.Amended(
                        day(at, zone), at, chain.current().amendedBy());
            }
            return this;
        }

        JournalEntry build() {
            return new JournalEntry(
                    event, date, at, kind, id, who, goal, voice, by, rating, code, title, text, more, amended);
        }
    }
}
