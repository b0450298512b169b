package org.jalons.admin;

import java.util.UUID;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jalons.admin.PeopleSource.Person;
import org.jalons.i18n.Messages;
import org.jalons.session.AppServices;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.syncui.PairingCodeViewModel;
import org.jalons.ui.Components;
import org.jalons.ui.Screen;
import org.jalons.ui.ShownLog;
import org.jalons.ui.View;
import org.jalons.ui.kit.ListDetail;

/** How the people's screens are built: the list (with a person beside it on a wide window), a person, retention. */
final class PeopleScreens {
    private PeopleScreens() {}

    static PeopleSource source(AppServices s) {
        return PeopleSource.of(AdminScreens.client(s));
    }

    static View people(AppServices s) {
        Messages m = s.messages();
        PeopleSource source = source(s);
        PeopleViewModel model = new PeopleViewModel(source, s.background(), m);
        ListDetail[] beside = new ListDetail[1];
        PeopleView view = new PeopleView(
                model,
                m,
                // On a wide window the person opens beside the list; on a phone on a screen of their own.
                p -> {
                    if (!beside[0].show(() -> personView(s, source, p, model::replace, model::remove)
                            .node())) {
                        s.navigator().goTo(Screen.ADMIN_PERSON, p);
                    }
                },
                () -> s.navigator().goTo(Screen.ADMIN_RETENTION));
        beside[0] = new ListDetail(view.node(), m.get("admin.people.choose"));
        ShownLog.whenLoaded(
                view.node(),
                model.loadingProperty(),
                "Admin people",
                () -> model.all().size() + " people");
        model.load();
        return new View() {
            @Override
            public Node node() {
                return beside[0];
            }

            @Override
            public String title() {
                return view.title();
            }
        };
    }

    /** A person from the list ({@link Person}) or from the retention report (their id: read from the list). */
    static View person(AppServices s, Object about) {
        PeopleSource source = source(s);
        Messages m = s.messages();
        if (about instanceof Person p) {
            return personView(s, source, p, changed -> {}, erased -> {});
        }
        UUID id = (UUID) about;
        StackPane holder = new StackPane();
        VBox waiting = new VBox(12);
        javafx.beans.property.SimpleBooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty(true);
        javafx.beans.property.SimpleStringProperty error = new javafx.beans.property.SimpleStringProperty("");
        waiting.getChildren()
                .addAll(Components.busy(busy, m.get("admin.person.busy")), Components.message(error, "message-error"));
        holder.getChildren().add(Components.screen(waiting));
        s.background()
                .run(
                        () -> source.people().stream()
                                .filter(p -> p.id().equals(id))
                                .findFirst(),
                        found -> {
                            busy.set(false);
                            if (found.isPresent()) {
                                holder.getChildren()
                                        .setAll(personView(s, source, found.get(), c -> {}, e -> {})
                                                .node());
                            } else {
                                error.set(m.get("sync.refusal.not_found"));
                            }
                        },
                        failure -> {
                            busy.set(false);
                            error.set(AdminWords.failure(m, failure));
                        });
        return new View() {
            @Override
            public Node node() {
                return holder;
            }

            @Override
            public String title() {
                return m.get("admin.person.title");
            }
        };
    }

    private static View personView(
            AppServices s, PeopleSource source, Person p, Consumer<Person> changed, Consumer<UUID> erased) {
        PersonViewModel model =
                new PersonViewModel(source, s.background(), s.messages(), s.share(), s.zone(), p, changed, erased);
        String server = Pairing.account(s.store()).map(SyncAccount::serverUrl).orElse(null);
        return new PersonView(
                model,
                s.messages(),
                () -> new PairingCodeViewModel(
                        source::phoneCode,
                        java.util.List.of(new PairingCodeViewModel.Person(p.id(), p.name())),
                        server,
                        s.background(),
                        s.easyRead(),
                        s.zone(),
                        p.id()));
    }

    static View retention(AppServices s) {
        RetentionViewModel model = new RetentionViewModel(source(s), s.background(), s.messages());
        return new RetentionView(model, s.messages(), due -> s.navigator().goTo(Screen.ADMIN_PERSON, due.personId()));
    }
}
