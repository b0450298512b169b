package org.jalons.settings;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the settings screens in the navigation table. */
public final class SettingsScreens {
    private SettingsScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
