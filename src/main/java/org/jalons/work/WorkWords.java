package org.jalons.work;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jalons.domain.Term;
import org.jalons.domain.WorkObservation;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.ui.kit.DateFormats;

/** How an observation at work reads: its skills in words, its rating, its day. */
public final class WorkWords {
    private WorkWords() {}

    /** A skill in words: a code as {@code known} says, the organisation's term or free text as written. */
    public static String skill(Term<WorkSkill> skill, Function<WorkSkill, String> known) {
        return skill.isCustom() ? skill.custom() : known.apply(skill.known());
    }

    /** The skills, in the order chosen, joined by commas. */
    public static String skills(List<Term<WorkSkill>> skills, Function<WorkSkill, String> known) {
        return String.join(", ", skills.stream().map(s -> skill(s, known)).toList());
    }

    /** The observation's day, as lists show it. */
    public static String day(WorkObservation o, Locale locale) {
        return DateFormats.mediumDate(o.observedOn(), locale);
    }
}
