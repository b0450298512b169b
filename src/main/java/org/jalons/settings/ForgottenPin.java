package org.jalons.settings;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.jalons.session.AppServices;
import org.jalons.storage.Profiles;
import org.jalons.ui.Components;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Screen;
import org.jalons.ui.kit.BottomSheet;
import org.jalons.ui.kit.Dialog;
import org.jalons.ui.kit.Overlay;
import org.jalons.ui.kit.Snackbar;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * "I forgot my PIN", from the unlock screen: the store is encrypted with the PIN, so nothing in it can be opened.
 * A sheet says so in plain (or easy-read) words and what can be recovered: wipe this phone, create a profile and
 * pair it again with the counsellor, and everything that was sent comes back; what was never sent is lost. Then the
 * wipe, after a destructive dialog, by the settings' own wipe ({@link SettingsViewModel#wipe()}), and on to a new
 * profile, from which the phone is paired again.
 */
public final class ForgottenPin {
    private ForgottenPin() {}

    /** Opens the explanation, with the wipe at its foot. */
    public static void explain(AppServices services) {
        EasyRead texts = services.easyRead();
        Label explain = Components.text(texts.get("forgottenPin.explain"), "sheet-text");
        explain.setId("forgotten-pin-explain");
        Label counsellor = Components.text(texts.get("forgottenPin.counsellor"), "sheet-text");
        Button wipe = new Button(texts.get("forgottenPin.wipe"));
        wipe.setId("forgotten-pin-wipe");
        wipe.setMaxWidth(Double.MAX_VALUE);
        wipe.setWrapText(true);
        wipe.setMinHeight(Button.USE_PREF_SIZE);
        wipe.getStyleClass().addAll("dialog-button", "dialog-destructive");
        wipe.setGraphic(org.jalons.ui.Icons.icon(Material2AL.DELETE_FOREVER, 24));
        Overlay.Layer sheet = new BottomSheet("forgotten-pin", texts.get("forgottenPin.title"), texts.get("help.close"))
                .actions(wipe)
                .show(explain, counsellor);
        wipe.setOnAction(e -> {
            sheet.close();
            ask(services, texts);
        });
    }

    private static void ask(AppServices services, EasyRead texts) {
        SettingsViewModel.Wiper settingsWipe = SettingsScreens.wiper(services, null, Profiles.OWN);
        SettingsViewModel model = new SettingsViewModel(
                services.messages(), services.display(), services.background(), new SettingsViewModel.Wiper() {
                    @Override
                    public int unsentChanges() {
                        return settingsWipe.unsentChanges();
                    }

                    @Override
                    public void close() {
                        settingsWipe.close();
                    }

                    @Override
                    public void erase() throws Exception {
                        settingsWipe.erase();
                    }

                    /** On to a new profile (the first run, then its form), with what comes next in a snackbar. */
                    @Override
                    public void done() {
                        settingsWipe.done();
                        if (!services.session().profiles().hasOwnProfile()) {
                            services.navigator().goTo(Screen.CREATE_PROFILE);
                            Snackbar.show(texts.get("forgottenPin.done"));
                        }
                    }
                });
        Dialog.titled(texts.get("forgottenPin.question"))
                .body(texts.get("forgottenPin.questionBody"))
                .answer(texts.get("forgottenPin.yes"), Material2AL.DELETE_FOREVER, model::wipe)
                .cancel(texts.get("forgottenPin.no"), Material2MZ.UNDO, null)
                .destructive()
                .show();
    }
}
