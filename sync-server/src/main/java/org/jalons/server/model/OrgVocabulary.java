package org.jalons.server.model;

import java.time.Instant;
import java.util.UUID;

/**
 * The organisation's own sites, goal themes, skills observed at work and kinds of partners: its terms and the texts
 * counted as each. Only sites and goal themes move figures; skills and partner kinds are words proposed on phones.
 */
public final class OrgVocabulary {

    private OrgVocabulary() {}

    /** What a term is about. */
    public enum Kind {
        SITE,
        GOAL_THEME,
        /** The trade's own skills observed at work, proposed to work supervisors beside {@code WorkSkill}'s codes. */
        WORK_SKILL,
        /** The organisation's own kinds of partners, proposed beside {@code PartnerKind}'s codes. */
        PARTNER_KIND;

        /** Whether the statistics count records under this kind's terms (and recount them when one changes). */
        public boolean movesFigures() {
            return this == SITE || this == GOAL_THEME;
        }
    }

    /** ACTIVE terms are proposed on devices; RETIRED ones no longer; MERGED ones count as {@code mergedInto}. */
    public enum State {
        ACTIVE,
        RETIRED,
        MERGED
    }

    public record Term(
            Kind kind,
            String code,
            String label,
            String easyLabel,
            State state,
            String mergedInto,
            Instant updatedAt,
            UUID updatedBy) {}

    /** A text counted as a term. */
    public record Alias(Kind kind, String text, String code, boolean label) {}

    /** A free text found in the records, how many records hold it, and the term it counts as (null: none). */
    public record Seen(Kind kind, String text, long records, String code) {}
}
