package org.jalons.journal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Goal;
import org.jalons.protocol.Code;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.EasyRead;
import org.jalons.ui.kit.DateFormats;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A journal entry in words, for the counsellor ({@code forPerson} false: "la personne") or for the person ("moi"),
 * in easy-read words when the person chose them. The pictogram goes with the kind's word, never alone.
 */
public final class JournalWords {
    /** The first lines of a long text shown in the list; the whole text is one tap away. */
    static final int SHORT_TEXT = 160;

    private final EasyRead texts;
    private final boolean forPerson;

    public JournalWords(EasyRead texts, boolean forPerson) {
        this.texts = texts;
        this.forPerson = forPerson;
    }

    public EasyRead texts() {
        return texts;
    }

    public boolean forPerson() {
        return forPerson;
    }

    public static Ikon icon(JournalKind kind) {
        return switch (kind) {
            case INTERVIEW -> Material2AL.FORUM;
            case CHECK_IN -> Material2MZ.SENTIMENT_SATISFIED;
            case NOTE -> Material2MZ.NOTES;
            case GOAL -> Material2AL.FLAG;
            case STEP -> Material2AL.CHECK_CIRCLE;
            case TRAINING -> Material2MZ.SCHOOL;
            case MILESTONE -> Material2AL.EXIT_TO_APP;
            case CONSENT -> Material2MZ.VERIFIED_USER;
            case AT_WORK -> Material2AL.BUILD;
        };
    }

    public String kind(JournalKind kind) {
        return texts.get("journal.kind." + kind.name());
    }

    /** What happened, with its vocabulary word or rating: "Entretien — à domicile", "7 sur 10". */
    public String headline(JournalEntry e) {
        String key = "journal.event." + e.event().name();
        return switch (e.event()) {
            case CHECK_IN -> texts.get(key, e.rating());
            case AT_WORK -> e.rating() == null ? texts.get(key + ".noRating") : texts.get(key, e.rating());
            case INTERVIEW, GOAL_CLOSED, TRAINING_ENDED, EXIT, FOLLOW_UP, CONSENT_GIVEN, CONSENT_WITHDRAWN ->
                texts.get(key, label(e.code()));
            default -> texts.get(key);
        };
    }

    /** Whose words or rating these are: the person ("moi" on their phone) or their counsellor; a name if known. */
    public String author(JournalEntry e) {
        if (e.voice() != null) {
            String who = e.voice() == Rater.BENEFICIARY ? "person" : "counsellor";
            return texts.get((forPerson ? "journal.my.voice." : "journal.voice.") + who);
        }
        if (e.kind() == JournalKind.AT_WORK) {
            return e.by() == null || e.by().isBlank() ? "" : texts.get("journal.observedBy", e.by());
        }
        if (e.kind() == JournalKind.CONSENT && e.by() != null && !e.by().isBlank()) {
            return texts.get("journal.recordedBy", e.by());
        }
        return "";
    }

    /** "modifié le 3 déc. par Léa Martin" for a corrected entry (without a name until the server wrote it), else "". */
    public String amended(JournalEntry e) {
        if (e.amended() == null) {
            return "";
        }
        String day = DateFormats.mediumDate(e.amended().day(), texts.messages().locale());
        String by = e.amended().by();
        return by == null || by.isBlank()
                ? texts.get("journal.amended.on", day)
                : texts.get("journal.amended.onBy", day, by);
    }

    public String date(JournalEntry e) {
        return DateFormats.longDate(e.date(), texts.messages().locale());
    }

    public String month(YearMonth month, int entries) {
        String name = DateTimeFormatter.ofPattern("LLLL yyyy", texts.messages().locale())
                .format(month);
        return texts.get(
                "journal.month",
                name.substring(0, 1).toUpperCase(texts.messages().locale()) + name.substring(1),
                entries);
    }

    /** The goal an entry belongs to, in the goal's own words; empty for entries of no goal (or a deleted goal). */
    public String goal(JournalEntry e, Map<UUID, Goal> goals) {
        Goal g = e.goalId() == null ? null : goals.get(e.goalId());
        return g == null || e.kind() == JournalKind.GOAL ? "" : texts.get("journal.goal", g.phrasing());
    }

    /** The entry's own words, cut to their first lines for the list. */
    public String shortText(JournalEntry e) {
        if (e.kind() == JournalKind.AT_WORK) {
            return cut(
                    e.text() == null || e.text().isBlank()
                            ? skills(e)
                            : skills(e) + "\n" + e.text().strip());
        }
        String main =
                e.title() != null && !e.title().isBlank() && e.kind() != JournalKind.INTERVIEW ? e.title() : e.text();
        if (main == null || main.isBlank()) {
            main = e.text();
        }
        if (main == null || main.isBlank()) {
            return "";
        }
        return cut(main.strip());
    }

    /** The skills of an observation at work, in words (the organisation's own and free text as written). */
    public String skills(JournalEntry e) {
        if (e.title() == null || e.title().isBlank()) {
            return "";
        }
        return String.join(
                ", ",
                java.util.Arrays.stream(e.title().split(Journal.SKILLS_SEPARATOR))
                        .map(w -> org.jalons.domain.Term.parse(org.jalons.protocol.Vocabulary.WorkSkill.class, w))
                        .map(t -> t.isCustom() ? t.custom() : label(t.known()))
                        .toList());
    }

    static String cut(String s) {
        String[] lines = s.split("\n", 4);
        String first = lines.length > 3 ? String.join("\n", lines[0], lines[1], lines[2]) : s;
        if (first.length() > SHORT_TEXT) {
            int space = first.lastIndexOf(' ', SHORT_TEXT);
            first = first.substring(0, space > SHORT_TEXT / 2 ? space : SHORT_TEXT);
        }
        return first.length() < s.length() ? first + "…" : first;
    }

    /** A vocabulary word, in easy-read words where they exist. */
    public String label(Code code) {
        if (code == null) {
            return "";
        }
        String easy = code.labelKey() + ".easy";
        return texts.isOn() && texts.messages().has(easy)
                ? texts.messages().get(easy)
                : texts.messages().label(code);
    }
}
