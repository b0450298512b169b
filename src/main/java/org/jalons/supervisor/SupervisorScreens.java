package org.jalons.supervisor;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the supervisor screens in the navigation table. */
public final class SupervisorScreens {
    private SupervisorScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
