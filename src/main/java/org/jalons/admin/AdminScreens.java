package org.jalons.admin;

import org.jalons.session.AppServices;
import org.jalons.sync.AdminClient;
import org.jalons.sync.HttpSettings;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/**
 * The routes of the structure's administration (admin only): its home, then each part's screens, each part in
 * its own block. Every screen asks the server through one {@link AdminClient}.
 */
public final class AdminScreens {
    private AdminScreens() {}

    public static void register(NavigationTable table, AppServices s) {
        Navigator nav = s.navigator();
        table.register(Screen.ADMIN_HOME, () -> {
            AdminClient client = client(s);
            return new AdminHomeView(
                    s.messages(),
                    client.isPaired(),
                    section -> nav.goTo(section.screen()),
                    () -> nav.goTo(Screen.PAIR_DEVICE));
        });
        // Team, invitations and devices
        table.register(Screen.ADMIN_TEAM, () -> TeamScreens.team(s));
        table.registerAbout(Screen.ADMIN_ACCOUNT, about -> TeamScreens.account(s, about));
        table.register(Screen.ADMIN_INVITE, () -> TeamScreens.invite(s));
        table.register(Screen.ADMIN_DEVICES, () -> TeamScreens.devices(s));
        table.registerAbout(Screen.ADMIN_DEVICE, about -> TeamScreens.device(s, about));
    }

    /** A client of the paired server (built per screen: it holds no state of its own). */
    static AdminClient client(AppServices s) {
        return new AdminClient(s.store(), HttpSettings.defaults());
    }
}
