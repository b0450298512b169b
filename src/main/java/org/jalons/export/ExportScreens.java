package org.jalons.export;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import org.jalons.i18n.Messages;
import org.jalons.platform.ShareService;
import org.jalons.session.ScreenContext;
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

    public static void register(NavigationTable table, ScreenContext context) {
        navigator = context::navigator;
        table.registerAbout(Screen.PARCOURS_EXPORT, about -> {
            UUID person =
                    about instanceof UUID id ? id : context.store().profile().beneficiaryId();
            ShareService share = context.service(ShareService.class)
                    .orElseThrow(() -> new IllegalStateException("No ShareService: the composition root gives one"));
            return new ExportView(new ExportViewModel(
                    context.store(),
                    person,
                    share,
                    context.background(),
                    context.messages(),
                    context.clock(),
                    context.zone()));
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
