package org.jalons.domain;

import java.util.List;

/**
 * One of the organisation's own sites or goal themes, as the server lists it to every device: a stable code, the
 * label (and the easy-read one, if any), whether it is still proposed, and every label it had. A goal theme picked
 * from the list is written {@code custom:<label>}, a site its label: records keep plain words, the server counts them
 * under the code.
 */
public record OrgTerm(Kind kind, String code, String label, String easyLabel, boolean active, List<String> labels) {

    /** The longest label the server gives. */
    public static final int LABEL_MAX = 120;

    /** What a term names. */
    public enum Kind {
        SITE,
        GOAL_THEME,
        /** The organisation's own skills observed at work (the trade's gestures), beside WorkSkill's codes. */
        WORK_SKILL,
        /** The organisation's own kinds of partners, beside PartnerKind's codes. */
        PARTNER_KIND
    }

    public OrgTerm {
        labels = labels == null
                ? List.of()
                : labels.stream().filter(java.util.Objects::nonNull).toList();
    }

    /** The label a person reading easy-read text sees: the easy one when there is one. */
    public String easyOrLabel() {
        return easyLabel == null || easyLabel.isBlank() ? label : easyLabel;
    }

    /** Whether a free text (a goal theme's {@code custom:} text or a site) is one of this term's labels. */
    public boolean names(String text) {
        if (text == null) {
            return false;
        }
        String t = text.strip();
        return label.equals(t) || labels.contains(t);
    }

    /** Whether this can be kept and shown: a code, and labels of one line within the size. */
    public boolean keepable() {
        return kind != null
                && code != null
                && !code.isBlank()
                && code.length() <= 16
                && oneLine(label)
                && (easyLabel == null || easyLabel.isBlank() || oneLine(easyLabel));
    }

    static boolean oneLine(String text) {
        return text != null
                && !text.isBlank()
                && text.strip().length() <= LABEL_MAX
                && text.chars().noneMatch(Character::isISOControl);
    }
}
