package org.jalons.caseload;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the counsellor screens in the navigation table. */
public final class CounsellorScreens {
    private CounsellorScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
