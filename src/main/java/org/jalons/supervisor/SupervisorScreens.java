package org.jalons.supervisor;

import org.jalons.platform.ShareService;
import org.jalons.session.ScreenContext;
import org.jalons.storage.SummaryCache;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SummaryClient;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Screen;

/** Registers the supervisor screens in the navigation table (and the person's own export, org.jalons.export). */
public final class SupervisorScreens {
    private SupervisorScreens() {}

    public static void register(NavigationTable table, ScreenContext context) {
        table.register(
                Screen.SUPERVISOR_DASHBOARD,
                () -> new DashboardView(new DashboardViewModel(
                        new SummaryClient(context.store(), HttpSettings.defaults()),
                        new SummaryCache(context.store().database()),
                        share(context),
                        context.background(),
                        context.messages(),
                        context.clock(),
                        context.zone())));
        org.jalons.export.ExportScreens.register(table, context);
    }

    static ShareService share(ScreenContext context) {
        return context.service(ShareService.class)
                .orElseThrow(() -> new IllegalStateException("No ShareService: the composition root provides one"));
    }
}
