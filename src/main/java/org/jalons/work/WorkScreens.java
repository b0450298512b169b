package org.jalons.work;

import java.util.UUID;
import org.jalons.session.AppServices;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.ListDetail;

/** The work supervisor's screens: their teams, a person's observations at work, one observation to write. */
public final class WorkScreens {
    /** An observation to write about a person: {@code observation} null for a new one. */
    public record Target(UUID person, UUID observation) {}

    private WorkScreens() {}

    /** «Mon équipe»: on a wide window a person's observations open beside the list; on a phone, as a screen. */
    public static View team(AppServices s) {
        ListDetail[] beside = new ListDetail[1];
        WorkTeamView view = new WorkTeamView(s, id -> {
            if (!beside[0].show(() -> person(s, id).node())) {
                s.navigator().goTo(Screen.WORK_PERSON, id);
            }
        });
        beside[0] = new ListDetail(view.list(), s.messages().get("work.team.choose"));
        return view.withContent(beside[0]);
    }

    public static View person(AppServices s, UUID person) {
        return new WorkPersonView(s, person);
    }

    public static View observation(AppServices s, Target target) {
        ObservationModel model = new ObservationModel(
                s.store(), s.background(), s.messages(), s.clock(), s.zone(), target.person(), target.observation());
        return new ObservationView(model, s.messages(), () -> s.navigator().back());
    }
}
