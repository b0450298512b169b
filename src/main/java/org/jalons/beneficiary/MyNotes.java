package org.jalons.beneficiary;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.Corrections;
import org.jalons.domain.SharedWord;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.LocalStore;
import org.jalons.storage.SharedWordBook;
import org.jalons.ui.Background;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Mes notes": the notes the person wrote themself, shown back to them, newest first. The counsellor's notes are
 * not among them (they are the counsellor's words).
 */
public final class MyNotes {
    private static final Logger LOG = LoggerFactory.getLogger(MyNotes.class);

    /**
     * One of my notes: when I wrote it, what, whether I share it with the structure, and the goal I said it speaks
     * about when I shared it (its words today), or null.
     */
    public record Line(UUID id, Instant writtenAt, String text, boolean shared, String aboutGoal) {
        public Line(UUID id, Instant writtenAt, String text) {
            this(id, writtenAt, text, false, null);
        }
    }

    /** A goal of mine my words can speak about: it gives shared words their theme for the structure. */
    public record GoalChoice(UUID id, String phrasing) {}

    private record Read(List<Line> lines, boolean consent, List<GoalChoice> goals) {}

    private final LocalStore store;
    private final Background background;
    private final SharedWordBook shared;
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    /** My NOTES_SHARED_SUPERVISOR consent is in force: without it, my notes are not offered for sharing. */
    private final BooleanProperty mayShare = new SimpleBooleanProperty(this, "mayShare");

    private final ObservableList<GoalChoice> goals = FXCollections.observableArrayList();

    public MyNotes(LocalStore store, Background background) {
        this(store, background, Clock.systemUTC());
    }

    public MyNotes(LocalStore store, Background background, Clock clock) {
        this.store = store;
        this.background = background;
        this.shared = new SharedWordBook(store, clock);
    }

    /** Reads my notes on the store thread; the list changes on the screen's thread once read. */
    public void load() {
        UUID me = store.profile().beneficiaryId();
        background.run(
                () -> {
                    List<GoalChoice> mine = goals(me);
                    return new Read(read(me, mine), me != null && shared.consentGiven(me), mine);
                },
                read -> {
                    mayShare.set(read.consent());
                    goals.setAll(read.goals());
                    lines.setAll(read.lines());
                },
                failure -> LOG.error("My notes could not be read", failure));
    }

    List<Line> read(UUID me) {
        return read(me, goals(me));
    }

    /** My notes, the goal each shared one speaks about named from {@code goals} (read once by the caller). */
    private List<Line> read(UUID me, List<GoalChoice> goals) {
        if (me == null) {
            return List.of();
        }
        Map<UUID, SharedWord> sharing = shared.shared(me);
        Map<UUID, String> phrasings = new HashMap<>();
        for (GoalChoice goal : goals) {
            phrasings.put(goal.id(), goal.phrasing());
        }
        // a corrected note is one note: its current words, at the time it was first written
        return Corrections.chains(store.notes().forBeneficiary(me)).stream()
                .filter(chain -> chain.current().authorRole() == Rater.BENEFICIARY)
                .map(chain -> {
                    SharedWord word = sharing.get(chain.id());
                    String about = word == null || word.goalId() == null ? null : phrasings.get(word.goalId());
                    return new Line(
                            chain.id(),
                            chain.first().writtenAt(),
                            chain.current().text(),
                            word != null,
                            about);
                })
                .sorted(Comparator.comparing(Line::writtenAt).reversed())
                .toList();
    }

    private List<GoalChoice> goals(UUID me) {
        if (me == null) {
            return List.of();
        }
        return store.goals().forBeneficiary(me).stream()
                .map(g -> new GoalChoice(g.id(), g.phrasing()))
                .toList();
    }

    /** I share this note with the structure ({@code on}), or withdraw it; the list is read again once saved. */
    public void share(UUID noteId, boolean on) {
        share(noteId, on, null);
    }

    /**
     * I share this note ({@code on}), saying which goal of mine it speaks about ({@code goalId}, or null: none in
     * particular; the structure then reads it without a theme), or withdraw it.
     */
    public void share(UUID noteId, boolean on, UUID goalId) {
        UUID me = store.profile().beneficiaryId();
        background.run(
                () -> {
                    if (on) {
                        shared.share(me, noteId, goalId);
                    } else {
                        shared.withdraw(me, noteId);
                    }
                    return read(me);
                },
                lines::setAll,
                failure -> LOG.error("My choice to share a note could not be saved", failure));
    }

    public ReadOnlyBooleanProperty mayShareProperty() {
        return mayShare;
    }

    /** My goals, for saying which one shared words speak about. */
    public ObservableList<GoalChoice> goals() {
        return goals;
    }

    public ObservableList<Line> lines() {
        return lines;
    }
}
