package org.jalons.admin;

import java.util.List;
import java.util.UUID;
import javafx.scene.Node;
import org.jalons.session.AppServices;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.ShownLog;
import org.jalons.ui.View;
import org.jalons.ui.kit.ListDetail;

/**
 * The team, invitations and devices: a list and the chosen line's detail side by side on a wide window, the
 * detail on a screen of its own on a phone ({@link ListDetail}).
 */
final class TeamScreens {
    private TeamScreens() {}

    static View account(AppServices s, Object about) {
        return new AccountView(new AccountViewModel(server(s), s.background(), words(s), (UUID) about, () -> {}));
    }

    static View invite(AppServices s) {
        return new InviteView(new InviteViewModel(server(s), s.background(), words(s)));
    }

    static View device(AppServices s, Object about) {
        DevicesViewModel model = new DevicesViewModel(server(s), s.background(), words(s));
        DeviceView view = new DeviceView(model, (UUID) about);
        model.load();
        return view;
    }

    static TeamServer server(AppServices s) {
        String url = Pairing.account(s.store()).map(SyncAccount::serverUrl).orElse(null);
        return TeamServer.of(AdminScreens.client(s), url);
    }

    static AdminWords words(AppServices s) {
        return new AdminWords(s.messages(), s.clock(), s.zone());
    }

    static View team(AppServices s) {
        Navigator nav = s.navigator();
        TeamViewModel model = new TeamViewModel(server(s), s.background(), words(s));
        ListDetail[] beside = new ListDetail[1];
        View[] detail = new View[1];
        TeamView view = new TeamView(
                model,
                member -> {
                    UUID id = member.account().id();
                    boolean shown = beside[0].show(() -> {
                        dispose(detail[0]);
                        detail[0] = new AccountView(
                                new AccountViewModel(server(s), s.background(), words(s), id, model::load));
                        return detail[0].node();
                    });
                    if (!shown) {
                        nav.goTo(Screen.ADMIN_ACCOUNT, id);
                    }
                },
                () -> nav.goTo(Screen.ADMIN_INVITE));
        beside[0] = new ListDetail(view.node(), s.messages().get("admin.team.choose"));
        ShownLog.whenLoaded(
                view.node(),
                model.loadingProperty(),
                "Team",
                () -> model.visible().size() + " accounts");
        model.load();
        return around(view, beside[0], () -> dispose(detail[0]));
    }

    static View devices(AppServices s) {
        Navigator nav = s.navigator();
        DevicesViewModel model = new DevicesViewModel(server(s), s.background(), words(s));
        ListDetail[] beside = new ListDetail[1];
        DevicesView view = new DevicesView(model, device -> {
            if (!beside[0].show(() -> new DeviceView(model, device.id()).node())) {
                nav.goTo(Screen.ADMIN_DEVICE, device.id());
            }
        });
        beside[0] = new ListDetail(view.node(), s.messages().get("admin.devices.choose"));
        ShownLog.whenLoaded(
                view.node(),
                model.busyProperty(),
                "Devices",
                () -> model.visible().size() + " devices");
        model.load();
        return around(view, beside[0], () -> {});
    }

    private static void dispose(View view) {
        if (view != null) {
            view.dispose();
        }
    }

    /** The list's view, shown in its list-and-detail. */
    private static View around(View list, ListDetail beside, Runnable onDispose) {
        return new View() {
            @Override
            public Node node() {
                return beside;
            }

            @Override
            public String title() {
                return list.title();
            }

            @Override
            public List<Node> headerActions() {
                return list.headerActions();
            }

            @Override
            public void dispose() {
                onDispose.run();
            }
        };
    }
}
