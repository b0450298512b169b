package org.jalons.export;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Corrections;
import org.jalons.domain.Exit;
import org.jalons.domain.Goal;
import org.jalons.domain.GoalStep;
import org.jalons.domain.Interview;
import org.jalons.domain.JalonsRecord;
import org.jalons.domain.Note;
import org.jalons.domain.RecordKind;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.kit.DateFormats;

/**
 * "Mon parcours" as a readable PDF for the person: goals with their steps and both voices' ratings over time
 * (drawn as bars, the figure written beside), trainings and certifications, barriers, interviews and notes.
 */
public final class ParcoursPdf {
    private final Messages messages;
    private final ZoneId zone;

    public ParcoursPdf(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    public byte[] write(Map<RecordKind, List<JalonsRecord>> records, java.time.Instant exportedAt) throws IOException {
        try (PdfPages pdf = new PdfPages()) {
            Beneficiary person = first(records, RecordKind.BENEFICIARY, Beneficiary.class);
            pdf.title(messages.get("export.pdf.title", person == null ? "" : person.displayName()));
            pdf.text(messages.get("export.pdf.made", date(exportedAt.atZone(zone))));
            if (person != null && person.entryDate() != null) {
                pdf.text(messages.get("export.pdf.entry", date(person.entryDate())));
            }
            goals(pdf, records);
            trainings(pdf, list(records, RecordKind.TRAINING, Training.class));
            barriers(pdf, list(records, RecordKind.BARRIER, Barrier.class));
            // a corrected interview or note is one: its current words
            interviews(pdf, Corrections.current(list(records, RecordKind.INTERVIEW, Interview.class)));
            notes(pdf, Corrections.chains(list(records, RecordKind.NOTE, Note.class)));
            exits(pdf, list(records, RecordKind.EXIT, Exit.class));
            pdf.space(12);
            pdf.text(messages.get("export.pdf.footer"));
            return pdf.finish();
        }
    }

    private void goals(PdfPages pdf, Map<RecordKind, List<JalonsRecord>> records) throws IOException {
        List<Goal> goals = list(records, RecordKind.GOAL, Goal.class);
        List<GoalStep> steps = list(records, RecordKind.GOAL_STEP, GoalStep.class);
        List<CheckIn> checkIns =
                org.jalons.storage.CheckInRepository.once(list(records, RecordKind.CHECK_IN, CheckIn.class));
        pdf.heading(messages.get("export.pdf.goals"));
        if (goals.isEmpty()) {
            pdf.text(messages.get("export.pdf.none"));
        }
        for (Goal g : goals) {
            pdf.space(4);
            pdf.item(g.phrasing() + " (" + term(g.theme()) + " – " + messages.label(g.status()) + ")");
            if (g.targetDate() != null) {
                pdf.subItem(messages.get("export.pdf.target", date(g.targetDate())));
            }
            for (GoalStep s : steps) {
                if (g.id().equals(s.goalId())) {
                    pdf.subItem(messages.get("export.pdf.step", s.label(), messages.label(s.status())));
                }
            }
            List<CheckIn> ratings = checkIns.stream()
                    .filter(c -> g.id().equals(c.goalId()))
                    .sorted(Comparator.comparing(CheckIn::ratedAt))
                    .toList();
            if (!ratings.isEmpty()) {
                pdf.subItem(messages.get("export.pdf.ratings"));
                for (CheckIn c : ratings) {
                    String who =
                            messages.get(c.rater() == Rater.BENEFICIARY ? "export.pdf.self" : "export.pdf.counsellor");
                    pdf.bar(
                            date(c.ratedAt().atZone(zone)) + " – " + who,
                            c.rating(),
                            10,
                            c.rater() == Rater.BENEFICIARY);
                    if (c.comment() != null && !c.comment().isBlank()) {
                        pdf.subItem("« " + c.comment() + " »");
                    }
                    // Kept on both check-ins of a visit: written once, after the second voice of that moment.
                    boolean lastOfItsMoment = ratings.stream()
                            .filter(o -> o.ratedAt().equals(c.ratedAt()))
                            .reduce((a, b) -> b)
                            .filter(c::equals)
                            .isPresent();
                    if (c.gapAnswer() != null && !c.gapAnswer().isBlank() && lastOfItsMoment) {
                        pdf.subItem(messages.get("export.pdf.gapAnswer", c.gapAnswer()));
                    }
                }
            }
        }
    }

    private void trainings(PdfPages pdf, List<Training> trainings) throws IOException {
        pdf.heading(messages.get("export.pdf.trainings"));
        if (trainings.isEmpty()) {
            pdf.text(messages.get("export.pdf.none"));
        }
        for (Training t : trainings) {
            StringBuilder b = new StringBuilder(t.title());
            if (t.provider() != null) {
                b.append(" – ").append(t.provider());
            }
            b.append(" (").append(messages.label(t.status())).append(')');
            pdf.item(b.toString());
            if (t.certification() != null) {
                pdf.subItem(messages.get("export.pdf.certification", term(t.certification())));
            }
            if (t.doneHours() != null || t.plannedHours() != null) {
                pdf.subItem(messages.get(
                        "export.pdf.hours",
                        t.doneHours() == null ? 0 : t.doneHours(),
                        t.plannedHours() == null ? "?" : t.plannedHours()));
            }
        }
    }

    private void barriers(PdfPages pdf, List<Barrier> barriers) throws IOException {
        if (barriers.isEmpty()) {
            return;
        }
        pdf.heading(messages.get("export.pdf.barriers"));
        for (Barrier b : barriers) {
            pdf.item(term(b.area()) + " : " + messages.label(b.status())
                    + (b.note() == null || b.note().isBlank() ? "" : " – " + b.note()));
        }
    }

    private void interviews(PdfPages pdf, List<Interview> interviews) throws IOException {
        pdf.heading(messages.get("export.pdf.interviews"));
        if (interviews.isEmpty()) {
            pdf.text(messages.get("export.pdf.none"));
        }
        for (Interview i : interviews.stream()
                .sorted(Comparator.comparing(Interview::date))
                .toList()) {
            pdf.item(date(i.date()) + " – " + messages.label(i.place()));
            if (i.notes() != null && !i.notes().isBlank()) {
                pdf.subItem(i.notes());
            }
            if (i.decisions() != null && !i.decisions().isBlank()) {
                pdf.subItem(messages.get("export.pdf.decided", i.decisions()));
            }
        }
    }

    /** Each note once, dated when it was first written (as the journal does), in its current words. */
    private void notes(PdfPages pdf, List<Corrections<Note>> notes) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        pdf.heading(messages.get("export.pdf.notes"));
        for (Corrections<Note> n : notes.stream()
                .sorted(Comparator.comparing(c -> c.first().writtenAt()))
                .toList()) {
            pdf.item(date(n.first().writtenAt().atZone(zone)) + " – "
                    + n.current().text());
            if (n.amended()) {
                pdf.subItem(messages.get(
                        "export.pdf.noteCorrected", date(n.current().writtenAt().atZone(zone))));
            }
        }
    }

    private void exits(PdfPages pdf, List<Exit> exits) throws IOException {
        if (exits.isEmpty()) {
            return;
        }
        pdf.heading(messages.get("export.pdf.exit"));
        for (Exit e : exits) {
            pdf.item(date(e.exitDate()) + " – " + messages.label(e.category()));
        }
    }

    private String term(Term<?> t) {
        if (t == null) {
            return "";
        }
        return t.isCustom() ? t.custom() : messages.label((Code) t.known());
    }

    private String date(TemporalAccessor t) {
        return DateFormats.longDate(LocalDate.from(t), messages.locale());
    }

    private static <T> List<T> list(Map<RecordKind, List<JalonsRecord>> records, RecordKind kind, Class<T> type) {
        return records.getOrDefault(kind, List.of()).stream().map(type::cast).toList();
    }

    private static <T> T first(Map<RecordKind, List<JalonsRecord>> records, RecordKind kind, Class<T> type) {
        List<T> list = list(records, kind, type);
        return list.isEmpty() ? null : list.get(0);
    }
}
