package org.jalons.visit;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the home-visit screens in the navigation table. */
public final class VisitScreens {
    private VisitScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
