package org.jalons.beneficiary;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.domain.WorkObservation;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;
import org.jalons.work.WorkTeam;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * «Au travail» in "Mon parcours": what the work supervisor observed of me at work, newest first, and my answer to
 * each (the only thing I write on them: the server refuses any other change of mine).
 */
public final class MyWork {
    private static final Logger LOG = LoggerFactory.getLogger(MyWork.class);

    private final LocalStore store;
    private final Background background;
    private final Clock clock;
    private final ObservableList<WorkObservation> observations = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty(this, "error", "");

    public MyWork(LocalStore store, Background background, Clock clock) {
        this.store = store;
        this.background = background;
        this.clock = clock;
    }

    /** Reads my observations at work on the store thread; the list changes on the screen's thread once read. */
    public void load() {
        UUID me = store.profile().beneficiaryId();
        background.run(
                () -> read(me),
                observations::setAll,
                failure -> LOG.error("My observations at work could not be read", failure));
    }

    private List<WorkObservation> read(UUID me) {
        return me == null ? List.of() : WorkTeam.observationsOf(store, me);
    }

    /**
     * Saves my answer to an observation (a blank answer takes it back), then reads the list again; {@code failed}
     * gets the key of what to tell me if it could not be saved.
     */
    public void answer(UUID observation, String text, Runnable saved) {
        error.set("");
        background.run(
                () -> {
                    WorkObservation o =
                            store.workObservations().find(observation).orElseThrow();
                    store.workObservations().save(o.withAnswer(text, clock.instant()));
                    return read(o.beneficiaryId());
                },
                list -> {
                    observations.setAll(list);
                    saved.run();
                },
                failure -> {
                    LOG.error("My answer to an observation at work could not be saved", failure);
                    error.set("my.work.answerFailed");
                });
    }

    public ObservableList<WorkObservation> observations() {
        return observations;
    }

    /** The key of the last failure's words ("" when none). */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }
}
