package org.jalons.admin;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jalons.admin.PeopleSource.Due;
import org.jalons.i18n.Messages;
import org.jalons.ui.Background;

/**
 * The retention report: the people the daily sweep will erase, when and why (their support ended long enough ago);
 * the admin can erase one now.
 */
public final class RetentionViewModel {
    private final PeopleSource source;
    private final Background background;
    private final Messages messages;
    private final ObservableList<Due> due = FXCollections.observableArrayList();
    private final StringProperty rule = new SimpleStringProperty(this, "rule", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final StringProperty error = new SimpleStringProperty(this, "error", "");
    private final StringProperty done = new SimpleStringProperty(this, "done", "");

    public RetentionViewModel(PeopleSource source, Background background, Messages messages) {
        this.source = source;
        this.background = background;
        this.messages = messages;
    }

    public void load() {
        run(source::retention, report -> {
            rule.set(messages.get("admin.retention.rule", report.months()));
            due.setAll(report.due());
        });
    }

    /** Erases the person now (at the end of retention, as the sweep would), then reads the report again. */
    public void eraseNow(Due person) {
        run(
                () -> {
                    source.erase(person.personId());
                    return source.retention();
                },
                report -> {
                    due.setAll(report.due());
                    done.set(messages.get("admin.person.erased", person.name()));
                });
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        AdminRequest.ask(background, messages, busy, error, work, then);
    }

    /** "Accompagnement terminé le 1 mars 2026 · effacement le 6 mars 2028 · Samia CIP". */
    public String why(Due person) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (person.supportEndedOn() != null) {
            parts.add(messages.get("admin.retention.ended", AdminWords.date(messages, person.supportEndedOn())));
        }
        parts.add(messages.get("admin.retention.eraseOn", AdminWords.date(messages, person.eraseOn())));
        if (!person.counsellors().isEmpty()) {
            parts.add(String.join(", ", person.counsellors()));
        }
        return String.join(" · ", parts);
    }

    public ObservableList<Due> due() {
        return due;
    }

    public ReadOnlyStringProperty ruleProperty() {
        return rule;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public StringProperty doneProperty() {
        return done;
    }
}
