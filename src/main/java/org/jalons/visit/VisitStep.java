package org.jalons.visit;

/** The pages of a home visit, in the order they are shown; the draft keeps the one the counsellor is on. */
public enum VisitStep {
    START(1, "visit.step.start"),
    BARRIERS(2, "visit.step.barriers"),
    GOALS(3, "visit.step.goals"),
    RATING(4, "visit.step.rating"),
    NOTES(5, "visit.step.notes"),
    SUMMARY(6, "visit.step.summary");

    private final int number;
    private final String titleKey;

    VisitStep(int number, String titleKey) {
        this.number = number;
        this.titleKey = titleKey;
    }

    public String titleKey() {
        return titleKey;
    }

    /** 1 for the first page, as the counsellor counts. */
    public int number() {
        return number;
    }

    public VisitStep next() {
        return numbered(number + 1);
    }

    public VisitStep previous() {
        return numbered(number - 1);
    }

    /** The step of that number; before the first is the first, after the last the last. */
    static VisitStep numbered(int n) {
        VisitStep found = n < 1 ? START : SUMMARY;
        for (VisitStep step : values()) {
            if (step.number == n) {
                found = step;
            }
        }
        return found;
    }

    /** The step kept in a draft: its name, or its number from 0 in drafts written before steps had names. */
    static VisitStep fromDraft(Object stored) {
        String s = stored == null ? "" : stored.toString().strip();
        for (VisitStep step : values()) {
            if (step.name().equals(s)) {
                return step;
            }
        }
        try {
            return numbered(Integer.parseInt(s) + 1);
        } catch (NumberFormatException e) {
            return START;
        }
    }
}
