package org.jalons.supervisor;

import org.jalons.session.AppServices;
import org.jalons.storage.SummaryCache;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SummaryClient;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Screen;

/** Registers the supervisor screens in the navigation table (and the person's own export, org.jalons.export). */
public final class SupervisorScreens {
    private SupervisorScreens() {}

    public static void register(NavigationTable table, AppServices services) {
        table.register(
                Screen.SUPERVISOR_DASHBOARD,
                () -> new DashboardView(new DashboardViewModel(
                        new SummaryClient(services.store(), HttpSettings.defaults()),
                        new SummaryCache(services.store().database()),
                        services.share(),
                        services.background(),
                        services.messages(),
                        services.clock(),
                        services.zone())));
        org.jalons.export.ExportScreens.register(table, services);
    }
}
