package org.jalons.beneficiary;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.Corrections;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mes notes": the notes the person wrote themself, shown back to them, newest first. The counsellor's notes are
 * not among them (they are the counsellor's words).
 */
public final class MyNotes {
    private static final Logger LOG = LoggerFactory.getLogger(MyNotes.class);

    /** One of my notes: when I wrote it, and what. */
    public record Line(UUID id, Instant writtenAt, String text) {}

    private final LocalStore store;
    private final Background background;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();

    public MyNotes(LocalStore store, Background background) {
        this.store = store;
        this.background = background;
    }

    /** Reads my notes on the store thread; the list changes on the screen's thread once read. */
    public void load() {
        UUID me = store.profile().beneficiaryId();
        background.run(() -> read(me), lines::setAll, failure -> LOG.error("My notes could not be read", failure));
    }

    List<Line> read(UUID me) {
        if (me == null) {
            return List.of();
        }
        // a corrected note is one note: its current words, at the time it was first written
        return Corrections.chains(store.notes().forBeneficiary(me)).stream()
                .filter(chain -> chain.current().authorRole() == Rater.BENEFICIARY)
                .map(chain -> new Line(
                        chain.id(), chain.first().writtenAt(), chain.current().text()))
                .sorted(Comparator.comparing(Line::writtenAt).reversed())
                .toList();
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
