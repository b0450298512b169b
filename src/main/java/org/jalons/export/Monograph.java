package org.jalons.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jalons.domain.Barrier;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.domain.Training;
import org.jalons.i18n.Messages;
import org.jalons.journal.Journal;
import org.jalons.journal.JournalEntry;
import org.jalons.journal.JournalEvent;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.BarrierStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.protocol.Vocabulary.TrainingStatus;
import org.jalons.ui.kit.DateFormats;

/**
 * A «récit de parcours»: a person's path told as a readable document, for a team review or a funder's qualitative
 * report, compiled from their journal. What changed (goals, both voices from their first rating to their last, never
 * averaged, barriers now a support, trainings, the exit), the path step by step, each goal with both voices over
 * time, the key interviews (the first, the last and those where something was decided), the trainings, and the
 * person's own words where they shared them. Pseudonymised on request: no name, no day (the month only), no
 * interview participants or notes, and the person's names replaced in every free text by «la personne».
 */
public final class Monograph {
    /** At most this many interviews: the first, then the latest of the others that matter. */
    static final int KEY_INTERVIEWS = 8;

    /** An interview's notes are cut after about this many characters. */
    static final int NOTES_MAX = 1200;

    /** What separates the words of a name: anything but letters, digits, apostrophes and hyphens. */
    private static final Pattern NON_NAME = Pattern.compile("[^\\p{L}\\p{N}'’-]+");

    /** One line of the document: a paragraph, an item, a sub-item or a rating bar. */
    public record Line(Style style, String text, int rating, boolean personsVoice) {
        static Line of(Style style, String text) {
            return new Line(style, text, -1, false);
        }
    }

    public enum Style {
        TEXT,
        ITEM,
        SUB_ITEM,
        BAR
    }

    /** A heading and its lines. */
    public record Section(String heading, List<Line> lines) {}

    /** What the récit is made from: the person's file as this phone holds it. */
    public record Source(
            Beneficiary person,
            Journal journal,
            List<Barrier> barriers,
            List<Training> trainings,
            Predicate<UUID> quoted,
            LocalDate consentGiven) {}

    private final Messages messages;
    private final ZoneId zone;
    private final boolean pseudonymised;
    private final Pattern names;
    /** The journal's entries, oldest first: read in that order by every section. */
    private final List<JournalEntry> oldest;

    private Monograph(Messages messages, ZoneId zone, boolean pseudonymised, Source source) {
        this.messages = messages;
        this.zone = zone;
        this.pseudonymised = pseudonymised;
        this.names = pseudonymised && source.person() != null
                ? namesOf(source.person().displayName())
                : null;
        this.oldest = new ArrayList<>(source.journal().entries());
        Collections.reverse(oldest);
    }

    /** The document's title line. */
    public static String title(Messages messages, Beneficiary person, boolean pseudonymised) {
        return pseudonymised || person == null
                ? messages.get("monograph.pdf.anonymousTitle")
                : messages.get("monograph.pdf.title", person.displayName());
    }

    /** The récit's sections, in reading order. */
    public static List<Section> compile(
            Source source, Messages messages, ZoneId zone, boolean pseudonymised, Instant made) {
        return new Monograph(messages, zone, pseudonymised, source).sections(source, made);
    }

    private List<Section> sections(Source s, Instant made) {
        List<Section> out = new ArrayList<>();
        List<Line> opening = new ArrayList<>();
        opening.add(Line.of(
                Style.TEXT, dated("monograph.pdf.made", made.atZone(zone).toLocalDate())));
        if (s.person() != null && s.person().entryDate() != null) {
            opening.add(
                    Line.of(Style.TEXT, dated("monograph.pdf.since", s.person().entryDate())));
        }
        opening.add(Line.of(
                Style.TEXT,
                s.consentGiven() == null
                        ? messages.get("monograph.pdf.own")
                        : dated("monograph.pdf.consent", s.consentGiven())));
        out.add(new Section("", opening));
        out.add(new Section(messages.get("monograph.pdf.changed"), changed(s)));
        out.add(new Section(messages.get("monograph.pdf.steps"), steps()));
        out.add(new Section(
                messages.get("monograph.pdf.goals"), goals(s.journal().goals())));
        out.add(new Section(messages.get("monograph.pdf.interviews"), interviews()));
        out.add(new Section(messages.get("monograph.pdf.words"), words(s.quoted())));
        out.add(new Section(messages.get("monograph.pdf.trainings"), trainings(s.trainings())));
        List<Line> closing = new ArrayList<>();
        closing.add(Line.of(Style.TEXT, messages.get("monograph.pdf.method")));
        if (pseudonymised) {
            closing.add(Line.of(Style.TEXT, messages.get("monograph.pdf.pseudonymised")));
        }
        out.add(new Section("", closing));
        return out;
    }

    private List<Line> changed(Source s) {
        List<Line> lines = new ArrayList<>();
        Map<UUID, Goal> goals = s.journal().goals();
        long reached = goals.values().stream()
                .filter(g -> g.status() == GoalStatus.ATTEINT)
                .count();
        lines.add(Line.of(Style.ITEM, messages.get("monograph.pdf.goalsCount", goals.size(), reached)));
        for (Goal g : byOpening(goals)) {
            List<JournalEntry> ratings = ratings(g.id());
            if (!ratings.isEmpty()) {
                lines.add(Line.of(
                        Style.SUB_ITEM,
                        messages.get(
                                "monograph.pdf.voices",
                                words(g.phrasing()),
                                change(ratings, Rater.BENEFICIARY),
                                change(ratings, Rater.COUNSELLOR))));
            }
        }
        List<String> supports = s.barriers().stream()
                .filter(b -> b.status() == BarrierStatus.POINT_APPUI)
                .map(b -> term(b.area()))
                .toList();
        if (!supports.isEmpty()) {
            lines.add(Line.of(Style.ITEM, messages.get("monograph.pdf.supports", String.join(", ", supports))));
        }
        long followed = s.trainings().stream()
                .filter(t -> t.status() == TrainingStatus.SUIVIE || t.status() == TrainingStatus.CERTIFIEE)
                .count();
        long certified = s.trainings().stream()
                .filter(t -> t.status() == TrainingStatus.CERTIFIEE)
                .count();
        if (!s.trainings().isEmpty()) {
            lines.add(Line.of(Style.ITEM, messages.get("monograph.pdf.trainingsDone", followed, certified)));
        }
        s.journal().entries().stream()
                .filter(e -> e.event() == JournalEvent.EXIT)
                .findFirst()
                .ifPresent(e -> lines.add(Line.of(Style.ITEM, dated("monograph.pdf.exit", e.date(), label(e.code())))));
        return lines;
    }

    /** A voice's first and last rating of a goal ("3 → 7"), its only one, or none. */
    private String change(List<JournalEntry> ratings, Rater voice) {
        List<Integer> values = ratings.stream()
                .filter(e -> e.voice() == voice)
                .map(JournalEntry::rating)
                .toList();
        if (values.isEmpty()) {
            return messages.get("monograph.pdf.voice.none");
        }
        if (values.size() == 1) {
            return values.get(0) + "/10";
        }
        return messages.get("monograph.pdf.voice.change", values.get(0), values.get(values.size() - 1));
    }

    private List<Line> steps() {
        List<Line> lines = new ArrayList<>();
        for (JournalEntry e : oldest) {
            String what = switch (e.event()) {
                case GOAL_OPENED, STEP_DONE, TRAINING_STARTED, TRAINING_ENDED -> words(e.title());
                case GOAL_CLOSED -> words(e.title()) + " (" + label(e.code()) + ")";
                case EXIT, FOLLOW_UP -> label(e.code());
                default -> null;
            };
            if (what != null) {
                lines.add(Line.of(
                        Style.ITEM,
                        date(e.date()) + " – "
                                + messages.get(
                                        "monograph.pdf.event." + e.event().name(), what)));
            }
        }
        return orNone(lines);
    }

    private List<Line> goals(Map<UUID, Goal> goals) {
        List<Line> lines = new ArrayList<>();
        for (Goal g : byOpening(goals)) {
            lines.add(Line.of(
                    Style.ITEM,
                    messages.get("monograph.pdf.goal", words(g.phrasing()), term(g.theme()), label(g.status()))));
            for (JournalEntry c : ratings(g.id())) {
                String who = messages.get(
                        c.voice() == Rater.BENEFICIARY ? "monograph.pdf.self" : "monograph.pdf.counsellor");
                lines.add(
                        new Line(Style.BAR, date(c.date()) + " – " + who, c.rating(), c.voice() == Rater.BENEFICIARY));
            }
        }
        return orNone(lines);
    }

    private List<Line> interviews() {
        List<JournalEntry> all =
                oldest.stream().filter(e -> e.event() == JournalEvent.INTERVIEW).toList();
        List<JournalEntry> key = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            JournalEntry e = all.get(i);
            if (i == 0 || i == all.size() - 1 || present(e.more())) {
                key.add(e);
            }
        }
        if (key.size() > KEY_INTERVIEWS) {
            List<JournalEntry> kept = new ArrayList<>();
            kept.add(key.get(0));
            kept.addAll(key.subList(key.size() - (KEY_INTERVIEWS - 1), key.size()));
            key = kept;
        }
        List<Line> lines = new ArrayList<>();
        for (JournalEntry e : key) {
            lines.add(Line.of(Style.ITEM, date(e.date()) + " – " + label(e.code())));
            if (!pseudonymised && present(e.text())) {
                lines.add(Line.of(Style.SUB_ITEM, shorten(e.text())));
            }
            if (present(e.more())) {
                lines.add(Line.of(Style.SUB_ITEM, messages.get("monograph.pdf.decided", words(e.more()))));
            }
        }
        return orNone(lines);
    }

    private List<Line> words(Predicate<UUID> quoted) {
        List<Line> lines = new ArrayList<>();
        for (JournalEntry e : oldest) {
            boolean personsWords = (e.event() == JournalEvent.NOTE || e.event() == JournalEvent.CHECK_IN)
                    && e.voice() == Rater.BENEFICIARY
                    && present(e.text());
            if (personsWords && quoted.test(e.recordId())) {
                lines.add(Line.of(Style.ITEM, date(e.date()) + " – « " + words(e.text()) + " »"));
            }
        }
        if (lines.isEmpty()) {
            lines.add(Line.of(Style.TEXT, messages.get("monograph.pdf.noWords")));
        }
        return lines;
    }

    private List<Line> trainings(List<Training> trainings) {
        List<Line> lines = new ArrayList<>();
        for (Training t : trainings.stream()
                .sorted(Comparator.comparing(Training::startDate, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList()) {
            StringBuilder b = new StringBuilder(words(t.title()));
            if (present(t.provider())) {
                b.append(" – ").append(words(t.provider()));
            }
            b.append(" (").append(label(t.status())).append(')');
            lines.add(Line.of(Style.ITEM, b.toString()));
            if (t.certification() != null) {
                lines.add(
                        Line.of(Style.SUB_ITEM, messages.get("monograph.pdf.certification", term(t.certification()))));
            }
            if (t.doneHours() != null || t.plannedHours() != null) {
                lines.add(Line.of(
                        Style.SUB_ITEM,
                        messages.get(
                                "monograph.pdf.hours",
                                t.doneHours() == null ? 0 : t.doneHours(),
                                t.plannedHours() == null ? "?" : t.plannedHours())));
            }
        }
        return orNone(lines);
    }

    private List<Line> orNone(List<Line> lines) {
        if (lines.isEmpty()) {
            lines.add(Line.of(Style.TEXT, messages.get("monograph.pdf.none")));
        }
        return lines;
    }

    private List<JournalEntry> ratings(UUID goalId) {
        return oldest.stream()
                .filter(e -> e.event() == JournalEvent.CHECK_IN && goalId.equals(e.goalId()) && e.rating() != null)
                .toList();
    }

    private static List<Goal> byOpening(Map<UUID, Goal> goals) {
        return goals.values().stream()
                .sorted(Comparator.comparing(Goal::openedOn, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Goal::phrasing))
                .toList();
    }

    /** A free text as the récit prints it: the person's names replaced when it is pseudonymised. */
    String words(String text) {
        if (text == null) {
            return "";
        }
        if (names == null) {
            return text;
        }
        return names.matcher(text).replaceAll(Matcher.quoteReplacement(messages.get("monograph.pdf.pseudonym")));
    }

    /**
     * The words of a display name that could name the person in a free text: those of two letters or more
     * ("Samia" of "Samia B."; a lone initial would hit every "B" of "permis B"), whole words, any case.
     */
    static Pattern namesOf(String displayName) {
        List<String> words = new ArrayList<>();
        for (String w : NON_NAME.split(displayName, -1)) {
            String word = w.replaceAll("^[-'’]+|[-'’]+$", "");
            if (word.codePointCount(0, word.length()) >= 2) {
                words.add(Pattern.quote(word));
            }
        }
        if (words.isEmpty()) {
            return null;
        }
        Map<String, Boolean> unique = new LinkedHashMap<>();
        words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(w -> unique.put(w, true));
        return Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", unique.keySet()) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A day, or only its month and year when pseudonymised ("mars 2026"). */
    private String date(LocalDate d) {
        if (d == null) {
            return "";
        }
        return pseudonymised
                ? DateTimeFormatter.ofPattern("MMMM yyyy", messages.locale()).format(d)
                : DateFormats.longDate(d, messages.locale());
    }

    /** A sentence about a day: its text for a month ({@code key.month}: "en mars 2026") when pseudonymised. */
    private String dated(String key, LocalDate d, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = date(d);
        System.arraycopy(more, 0, args, 1, more.length);
        return messages.get(pseudonymised ? key + ".month" : key, args);
    }

    private String label(Code code) {
        return code == null ? "" : messages.label(code);
    }

    private String term(Term<?> t) {
        if (t == null) {
            return "";
        }
        return t.isCustom() ? words(t.custom()) : messages.label((Code) t.known());
    }

    /** An interview's notes, up to a readable length: the whole text stays in the journal and the complete file. */
    static String shorten(String text) {
        String t = text.strip();
        if (t.length() <= NOTES_MAX) {
            return t;
        }
        int cut = t.lastIndexOf(' ', NOTES_MAX);
        return t.substring(0, cut > NOTES_MAX / 2 ? cut : NOTES_MAX) + " […]";
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
