package org.jalons.caseload;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Messages;
import org.jalons.ui.Components;
import org.jalons.work.WorkWords;

/** The third voice in the person's file: the last observation at work in the summary, the ratings in words. */
final class AtWork {
    private AtWork() {}

    /** «Au travail : 7 sur 10 (12 nov.)», in the work colour; empty when no rated observation. */
    static Optional<Label> lastChip(List<WorkObservation> oldestFirst, Messages m) {
        if (oldestFirst.isEmpty()) {
            return Optional.empty();
        }
        WorkObservation last = oldestFirst.get(oldestFirst.size() - 1);
        String text = last.rating() == null
                ? m.get("file.header.atWorkNoRating", WorkWords.day(last, m.locale()))
                : m.get("file.header.atWork", last.rating(), WorkWords.day(last, m.locale()));
        Label chip = Components.text(text, "chip", "chip-at-work");
        chip.setId("file-last-observation");
        chip.setWrapText(true);
        return Optional.of(chip);
    }

    /** "5, 6, 7": the ratings at work in order, for a screen reader. */
    static String summary(List<WorkObservation> rated) {
        return String.join(
                ", ", rated.stream().map(o -> String.valueOf(o.rating())).toList());
    }
}
