package org.jalons.export;

import java.util.UUID;
import javafx.scene.control.Button;
import org.jalons.session.AppServices;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * How the export screen is built: about a person's id (a counsellor on a file), or about nothing (the person's own
 * parcours, from their profile). {@link #headerButton} is the entry other screens add to their header.
 */
public final class ExportScreens {
    private ExportScreens() {}

    public static View export(AppServices services, Object about) {
        UUID person = about instanceof UUID id ? id : services.store().profile().beneficiaryId();
        return new ExportView(
                new ExportViewModel(
                        services.store(),
                        person,
                        services.share(),
                        services.background(),
                        services.messages(),
                        services.clock(),
                        services.zone()),
                services.easyRead());
    }

    /** "Take my parcours away", for a header bar: {@code open} shows the export of the person's own parcours. */
    public static Button headerButton(EasyRead texts, Runnable open) {
        Button b = Icons.iconButton(Material2MZ.SHARE, texts.get("export.open"), open);
        b.setId("open-export");
        return b;
    }
}
