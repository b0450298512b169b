package org.jalons.syncui;

import java.util.Optional;
import java.util.Set;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.ScreenContext;
import org.jalons.storage.LocalStore;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** Registers the sync screens in the navigation table. They need the {@link SyncRuntime} the app provides. */
public final class SyncScreens {
    /** Who may ask for another person's pairing code (PROTOCOL.md: admin, or counsellor for their caseload). */
    private static final Set<Role> ISSUE_CODES = Set.of(Role.COUNSELLOR, Role.ADMIN);

    private SyncScreens() {}

    public static void register(NavigationTable table, ScreenContext context) {
        // The status bar under the home screens is made once, with the sync runtime, by the composition root, and
        // only shows once a store is open: from then on it speaks easy-read while the display preferences say so.
        context.session().storeProperty().addListener((obs, was, store) -> followEasyRead(context));
        table.register(Screen.SYNC, () -> {
                    SyncRuntime runtime = runtime(context);
                    LocalStore store = context.store();
                    Navigator nav = context.navigator();
                    Optional<SyncAccount> account = Pairing.account(store);
                    return new SyncView(
                            runtime.status(),
                            context.easyRead(),
                            account,
                            new SyncView.Actions(
                                    runtime::requestSync,
                                    () -> nav.goTo(Screen.SYNC_CONFLICTS),
                                    () -> nav.goTo(Screen.SYNC_REJECTED),
                                    () -> nav.goTo(Screen.PAIR_DEVICE),
                                    ISSUE_CODES.contains(store.profile().role())
                                            ? () -> nav.goTo(Screen.PAIRING_CODE)
                                            : null));
                })
                .register(Screen.SYNC_CONFLICTS, () -> {
                    SyncRuntime runtime = runtime(context);
                    EasyRead texts = context.easyRead();
                    return new ConflictsView(
                            new ConflictsViewModel(
                                    context.store(), context.background(), texts, runtime::requestSyncAfterChange),
                            texts);
                })
                .register(Screen.SYNC_REJECTED, () -> {
                    SyncRuntime runtime = runtime(context);
                    EasyRead texts = context.easyRead();
                    return new RejectedView(
                            new RejectedViewModel(
                                    context.store(),
                                    context.background(),
                                    texts,
                                    context.zone(),
                                    runtime::requestSyncAfterChange),
                            texts);
                })
                .register(Screen.PAIR_DEVICE, () -> {
                    SyncRuntime runtime = runtime(context);
                    LocalStore store = context.store();
                    String known =
                            Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
                    EasyRead texts = context.easyRead();
                    return new PairDeviceView(
                            new PairDeviceViewModel(
                                    (url, code, name) -> runtime.pairing(store).pair(url, code, name),
                                    context.background(),
                                    texts,
                                    store.profile().displayName(),
                                    known,
                                    context.service(PictureSource.class).orElse(Optional::empty),
                                    QrDecoder::read,
                                    runtime::paired),
                            texts);
                })
                .registerAbout(Screen.PAIRING_CODE, about -> {
                    SyncRuntime runtime = runtime(context);
                    LocalStore store = context.store();
                    String server =
                            Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
                    EasyRead texts = context.easyRead();
                    return new PairingCodeView(
                            new PairingCodeViewModel(
                                    userId -> runtime.pairing(store).issueCode(userId),
                                    server,
                                    context.background(),
                                    texts,
                                    context.zone(),
                                    about),
                            texts);
                });
    }

    private static void followEasyRead(ScreenContext context) {
        var status = context.service(SyncRuntime.class).map(SyncRuntime::status);
        var display = context.service(DisplayPreferences.class);
        if (status.isPresent()
                && display.isPresent()
                && !status.get().easyReadProperty().isBound()) {
            status.get().easyReadProperty().bind(display.get().easyReadProperty());
        }
    }

    private static SyncRuntime runtime(ScreenContext context) {
        return context.service(SyncRuntime.class)
                .orElseThrow(() -> new IllegalStateException("The app provides no SyncRuntime"));
    }
}
