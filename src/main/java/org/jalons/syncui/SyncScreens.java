package org.jalons.syncui;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the sync screens in the navigation table. */
public final class SyncScreens {
    private SyncScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
