package org.jalons.export;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.session.AppServices;
import org.jalons.ui.Icons;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Registers the export screen: about a person's id (a counsellor on a file), or about nothing (the person's own
 * parcours, from their profile). {@link #headerButton(Messages)} is the entry other screens add to their header.
 */
public final class ExportScreens {
    private static volatile Supplier<Navigator> navigator = () -> null;

    private ExportScreens() {}

    public static void register(NavigationTable table, AppServices services) {
        navigator = services::navigator;
        table.registerAbout(Screen.PARCOURS_EXPORT, about -> {
            UUID person =
                    about instanceof UUID id ? id : services.store().profile().beneficiaryId();
            ShareService share = services.share();
            return new ExportView(new ExportViewModel(
                    services.store(),
                    person,
                    share,
                    services.background(),
                    services.messages(),
                    services.clock(),
                    services.zone()));
        });
    }

    /** "Take my parcours away", for a header bar: opens the export of the person's own parcours. */
    public static Button headerButton(Messages messages) {
        Button b = Icons.iconButton(Material2MZ.SHARE, messages.get("export.open"), () -> {
            Navigator n = navigator.get();
            if (n != null) {
                n.goTo(Screen.PARCOURS_EXPORT);
            }
        });
        b.setId("open-export");
        return b;
    }
}
