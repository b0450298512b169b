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
                    () -> nav.goTo(Screen.PAIR_DEVICE),
                    s::lock);
        });
        // Team, invitations and devices
        table.register(Screen.ADMIN_TEAM, () -> TeamScreens.team(s));
        table.registerAbout(Screen.ADMIN_ACCOUNT, about -> TeamScreens.account(s, about));
        table.register(Screen.ADMIN_INVITE, () -> TeamScreens.invite(s));
        table.register(Screen.ADMIN_DEVICES, () -> TeamScreens.devices(s));
        table.registerAbout(Screen.ADMIN_DEVICE, about -> TeamScreens.device(s, about));
        // People: the list, one person (beside the list on a wide window), the retention report
        table.register(Screen.ADMIN_PEOPLE, () -> PeopleScreens.people(s));
        table.registerAbout(Screen.ADMIN_PERSON, about -> PeopleScreens.person(s, about));
        table.register(Screen.ADMIN_RETENTION, () -> PeopleScreens.retention(s));
        registerSettingsAndAudit(table, s);
    }

    /** The organisation's settings and the audit viewer, whose filters and pages stay while a line is open. */
    private static void registerSettingsAndAudit(NavigationTable table, AppServices s) {
        Navigator nav = s.navigator();
        AuditViewModel[] audit = new AuditViewModel[1];
        // from the admin's home the viewer starts afresh; back from a line it is the same one
        nav.screenProperty().addListener((obs, old, now) -> {
            if (now == Screen.ADMIN_HOME) {
                audit[0] = null;
            }
        });
        table.register(
                Screen.ADMIN_SETTINGS,
                () -> new AdminSettingsView(
                        s.messages(), new AdminSettingsViewModel(client(s), s.background(), s.messages())));
        table.register(Screen.ADMIN_AUDIT, () -> {
            if (audit[0] == null) {
                audit[0] = new AuditViewModel(client(s), s.share(), s.background(), s.messages());
            }
            return new AuditView(s.messages(), audit[0], s.zone(), line -> nav.goTo(Screen.ADMIN_AUDIT_LINE, line));
        });
        table.registerAbout(
                Screen.ADMIN_AUDIT_LINE,
                about -> new AuditLineView(s.messages(), (AuditLine) about, s.zone(), person -> {
                    if (audit[0] != null) {
                        audit[0].showPerson(person);
                    }
                    nav.back();
                }));
        // The organisation's sites and goal themes
        table.register(
                Screen.ADMIN_VOCABULARY,
                () -> new VocabularyView(s.messages(), new VocabularyModel(client(s), s.background(), s.messages())));
    }

    /** A client of the paired server (built per screen: it holds no state of its own). */
    static AdminClient client(AppServices s) {
        return new AdminClient(s.store(), HttpSettings.defaults());
    }
}
