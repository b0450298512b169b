package org.jalons.caseload;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Interview;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.ui.Components;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * What a counsellor looks for first on a file, above its tabs: the person's name, call, text and directions, what
 * is late, the last
 * interview, the next appointment and the latest rating of each side. Ids: {@code file-header}, {@code file-alerts},
 * {@code file-last-interview}, {@code file-next-appointment}, {@code file-ratings}.
 */
final class FileHeader {
    private final VBox box = new VBox(6);

    FileHeader(BeneficiaryFile f, Messages messages, ZoneId zone, Clock clock, Predicate<URI> open) {
        box.setId("file-header");
        box.getStyleClass().add("file-header");
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        box.getChildren().add(Components.text(f.person().displayName(), "screen-heading"));
        contactActions(f, messages, open);

        long lateGoals = f.goals().stream().filter(g -> g.isOverdue(today)).count();
        long lateSteps = f.steps().values().stream()
                .flatMap(java.util.List::stream)
                .filter(s -> s.isLate(today))
                .count();
        if (lateGoals + lateSteps > 0) {
            FlowPane alerts = new FlowPane(8, 4);
            alerts.setId("file-alerts");
            if (lateGoals > 0) {
                alerts.getChildren().add(marker(messages.get("file.header.lateGoals", lateGoals)));
            }
            if (lateSteps > 0) {
                alerts.getChildren().add(marker(messages.get("file.header.lateSteps", lateSteps)));
            }
            box.getChildren().add(alerts);
        }

        Label last = fact(
                f.interviews().stream()
                        .max(Comparator.comparing(Interview::date))
                        .map(i -> messages.get(
                                "file.header.lastInterview",
                                Format.date(i.date(), messages),
                                messages.label(i.place())))
                        .orElse(messages.get("file.header.noInterview")),
                Material2MZ.QUESTION_ANSWER);
        last.setId("file-last-interview");
        Label next = fact(
                nextAppointment(f, clock.instant())
                        .map(t -> messages.get("file.header.nextAppointment", Format.dateTime(t, zone, messages)))
                        .orElse(messages.get("file.header.noAppointment")),
                Material2AL.EVENT);
        next.setId("file-next-appointment");
        box.getChildren().addAll(last, next);

        String first = f.person().displayName().strip().split("\\s+", 2)[0];
        FlowPane ratings = new FlowPane(8, 4);
        ratings.setId("file-ratings");
        latest(f, Rater.BENEFICIARY)
                .ifPresent(c -> ratings.getChildren()
                        .add(Components.text(
                                messages.get("caseload.selfRating", first, c.rating()), "chip", "chip-self")));
        latest(f, Rater.COUNSELLOR)
                .ifPresent(c -> ratings.getChildren()
                        .add(Components.text(
                                messages.get("caseload.counsellorRating", c.rating()), "chip", "chip-counsellor")));
        if (!ratings.getChildren().isEmpty()) {
            box.getChildren().add(ratings);
        }
        // the third voice on a line of its own: it wraps at large text sizes instead of widening the header
        AtWork.lastChip(f.workObservations(), messages).ifPresent(box.getChildren()::add);
    }

    /**
     * Call, text and directions, each shown only when the profile has what it needs (ids {@code call},
     * {@code text}, {@code directions}); a line says so when the device has nothing to open the link with.
     */
    private void contactActions(BeneficiaryFile f, Messages messages, Predicate<URI> open) {
        String name = f.person().displayName();
        Label failed = Components.text("", "message", "message-error");
        failed.setId("contact-failed");
        failed.setVisible(false);
        failed.managedProperty().bind(failed.visibleProperty());
        FlowPane row = new FlowPane(8, 8);
        row.setId("file-contact");
        row.getStyleClass().add("file-contact");
        ContactLinks.call(f.person().phone())
                .ifPresent(link -> row.getChildren()
                        .add(contact(
                                "call",
                                Material2MZ.PHONE,
                                messages.get("file.contact.call"),
                                messages.get("file.contact.callFull", name),
                                link,
                                open,
                                failed,
                                messages)));
        ContactLinks.text(f.person().phone())
                .ifPresent(link -> row.getChildren()
                        .add(contact(
                                "text",
                                Material2MZ.SMS,
                                messages.get("file.contact.sms"),
                                messages.get("file.contact.smsFull", name),
                                link,
                                open,
                                failed,
                                messages)));
        ContactLinks.map(f.person().address())
                .ifPresent(link -> row.getChildren()
                        .add(contact(
                                "directions",
                                Material2AL.DIRECTIONS,
                                messages.get("file.contact.map"),
                                messages.get("file.contact.mapFull", name),
                                link,
                                open,
                                failed,
                                messages)));
        if (!row.getChildren().isEmpty()) {
            box.getChildren().addAll(row, failed);
        }
    }

    private static Button contact(
            String id,
            org.kordamp.ikonli.Ikon icon,
            String text,
            String accessible,
            URI link,
            Predicate<URI> open,
            Label failed,
            Messages messages) {
        Button b = new Button(text, Icons.icon(icon, 20));
        b.setId(id);
        b.setAccessibleText(accessible);
        b.getStyleClass().add("contact-action");
        b.setOnAction(e -> {
            boolean opened = open.test(link);
            failed.setText(opened ? "" : messages.get("file.contact.none"));
            failed.setVisible(!opened);
        });
        return b;
    }

    /** The earliest appointment still to come, among those the interviews set. */
    static Optional<Instant> nextAppointment(BeneficiaryFile f, Instant now) {
        return f.interviews().stream()
                .map(Interview::nextAppointment)
                .filter(t -> t != null && !t.isBefore(now))
                .min(Comparator.naturalOrder());
    }

    /** The latest rating of one side, whichever goal it was about. */
    static Optional<CheckIn> latest(BeneficiaryFile f, Rater rater) {
        return f.checkIns().values().stream()
                .flatMap(java.util.List::stream)
                .filter(c -> c.rater() == rater)
                .max(Comparator.comparing(CheckIn::ratedAt));
    }

    private static Label marker(String text) {
        Label l = Components.text(text, "marker", "marker-overdue");
        l.setGraphic(Icons.icon(Material2AL.ALARM, 16));
        return l;
    }

    private static Label fact(String text, org.kordamp.ikonli.Ikon icon) {
        Label l = Components.text(text, "file-header-fact");
        l.setGraphic(Icons.icon(icon, 18));
        return l;
    }

    Node node() {
        return box;
    }
}
