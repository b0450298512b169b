package org.jalons.beneficiary;

import org.jalons.ui.NavigationTable;
import org.jalons.session.ScreenContext;

/** Registers the person-followed screens in the navigation table. */
public final class BeneficiaryScreens {
    private BeneficiaryScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
    }
}
