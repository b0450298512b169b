package org.jalons.work;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.OrgTerm;
import org.jalons.domain.Term;
import org.jalons.domain.ValidationException;
import org.jalons.domain.WorkObservation;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.WorkSkill;
import org.jalons.storage.LocalStore;
import org.jalons.ui.Background;

/**
 * A new observation at work, or one of the work supervisor's own, to edit: the day (today unless changed), the skills
 * observed (WorkSkill's codes, the organisation's own terms, free text), a 0–10 rating, a comment. Saved on the phone
 * (sent at the next sync); the person's answer is kept as it is.
 */
public final class ObservationModel {
    private final LocalStore store;
    private final Background background;
    private final Messages messages;
    private final Beneficiary person;
    private final WorkObservation existing;
    private final UUID id;

    private final ObjectProperty<LocalDate> observedOn = new SimpleObjectProperty<>(this, "observedOn");
    private final ObservableSet<Term<WorkSkill>> skills = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty ownSkill = new SimpleStringProperty(this, "ownSkill", "");
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>(this, "rating");
    private final StringProperty comment = new SimpleStringProperty(this, "comment", "");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");

    /** @param observation the observation to edit; null: a new one about {@code personId} */
    public ObservationModel(
            LocalStore store,
            Background background,
            Messages messages,
            Clock clock,
            ZoneId zone,
            UUID personId,
            UUID observation) {
        this.store = store;
        this.background = background;
        this.messages = messages;
        this.existing = observation == null
                ? null
                : store.workObservations().find(observation).orElse(null);
        this.person = store.beneficiaries()
                .find(existing != null ? existing.beneficiaryId() : personId)
                .orElseThrow();
        this.id = existing != null ? existing.id() : UUID.randomUUID();
        if (existing != null) {
            observedOn.set(existing.observedOn());
            skills.addAll(existing.skills());
            rating.set(existing.rating());
            comment.set(existing.comment() == null ? "" : existing.comment());
        } else {
            observedOn.set(LocalDate.ofInstant(clock.instant(), zone));
        }
    }

    public Beneficiary person() {
        return person;
    }

    public boolean isNew() {
        return existing == null;
    }

    /** The skills offered as chips: WorkSkill's codes, then the organisation's own terms, then any other chosen. */
    public List<Term<WorkSkill>> offered() {
        Set<Term<WorkSkill>> out = new LinkedHashSet<>();
        for (WorkSkill s : WorkSkill.values()) {
            out.add(Term.of(s));
        }
        for (OrgTerm t : store.orgVocabulary().proposed(OrgTerm.Kind.WORK_SKILL)) {
            out.add(Term.custom(t.label()));
        }
        out.addAll(skills);
        return new ArrayList<>(out);
    }

    /** Chooses a skill, or leaves it out when it was chosen. */
    public void toggle(Term<WorkSkill> skill) {
        if (!skills.remove(skill)) {
            skills.add(skill);
        }
    }

    /** Adds the skill typed in the work supervisor's own words; returns it (null: nothing typed). */
    public Term<WorkSkill> addOwnSkill() {
        String typed = ownSkill.get() == null ? "" : ownSkill.get().strip();
        if (typed.isEmpty()) {
            return null;
        }
        Term<WorkSkill> term = Term.custom(typed);
        skills.add(term);
        ownSkill.set("");
        return term;
    }

    /** What the observation would be if saved now. */
    public WorkObservation observation() {
        String typed = comment.get() == null ? "" : comment.get().strip();
        return new WorkObservation(
                id,
                person.id(),
                observedOn.get(),
                existing != null ? existing.workTeam() : person.workTeam(),
                List.copyOf(skills),
                rating.get(),
                typed.isEmpty() ? null : typed,
                store.profile().displayName(),
                existing == null ? null : existing.answer(),
                existing == null ? null : existing.answeredAt());
    }

    /** Checks and saves in the background; {@code onSaved} runs once it is in the store. False: nothing to save. */
    public boolean save(Runnable onSaved) {
        addOwnSkill();
        WorkObservation o = observation();
        var problems = o.violations();
        if (!problems.isEmpty()) {
            error.set(messages.get(
                    "work.observation.problem",
                    messages.get("work.observation.field." + problems.get(0).field()),
                    messages.violation(problems.get(0))));
            return false;
        }
        error.set("");
        busy.set(true);
        background.run(
                () -> store.workObservations().save(o),
                saved -> {
                    busy.set(false);
                    onSaved.run();
                },
                failure -> {
                    busy.set(false);
                    error.set(
                            failure instanceof ValidationException v
                                            && !v.violations().isEmpty()
                                    ? messages.violation(v.violations().get(0))
                                    : messages.get("work.observation.failed"));
                });
        return true;
    }

    public ObjectProperty<LocalDate> observedOnProperty() {
        return observedOn;
    }

    public ObservableSet<Term<WorkSkill>> skills() {
        return skills;
    }

    public StringProperty ownSkillProperty() {
        return ownSkill;
    }

    public ObjectProperty<Integer> ratingProperty() {
        return rating;
    }

    public StringProperty commentProperty() {
        return comment;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
