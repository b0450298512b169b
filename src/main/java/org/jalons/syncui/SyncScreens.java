package org.jalons.syncui;

import java.util.Optional;
import java.util.Set;
import org.jalons.domain.Vocabulary.Role;
import org.jalons.i18n.Messages;
import org.jalons.platform.PictureSource;
import org.jalons.session.ScreenContext;
import org.jalons.storage.LocalStore;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** Registers the sync screens in the navigation table. They need the {@link SyncRuntime} the app provides. */
public final class SyncScreens {
    /** Who may ask for another person's pairing code (PROTOCOL.md: admin, or counsellor for their caseload). */
    private static final Set<Role> ISSUE_CODES = Set.of(Role.COUNSELLOR, Role.ADMIN);

    private SyncScreens() {
    }

    public static void register(NavigationTable table, ScreenContext context) {
        Messages messages = context.messages();
        table.register(Screen.SYNC, () -> {
            SyncRuntime runtime = runtime(context);
            LocalStore store = context.store();
            Navigator nav = context.navigator();
            Optional<SyncAccount> account = Pairing.account(store);
            return new SyncView(runtime.status(), messages, account, new SyncView.Actions(runtime::requestSync,
                    () -> nav.goTo(Screen.SYNC_CONFLICTS), () -> nav.goTo(Screen.SYNC_REJECTED),
                    () -> nav.goTo(Screen.PAIR_DEVICE),
                    ISSUE_CODES.contains(store.profile().role()) ? () -> nav.goTo(Screen.PAIRING_CODE) : null));
        }).register(Screen.SYNC_CONFLICTS, () -> {
            SyncRuntime runtime = runtime(context);
            return new ConflictsView(new ConflictsViewModel(context.store(), context.background(), messages,
                    runtime::requestSyncAfterChange), messages);
        }).register(Screen.SYNC_REJECTED, () -> {
            SyncRuntime runtime = runtime(context);
            return new RejectedView(new RejectedViewModel(context.store(), context.background(), messages,
                    context.zone(), runtime::requestSyncAfterChange), messages);
        }).register(Screen.PAIR_DEVICE, () -> {
            SyncRuntime runtime = runtime(context);
            LocalStore store = context.store();
            String known = Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
            return new PairDeviceView(new PairDeviceViewModel(
                    (url, code, name) -> runtime.pairing(store).pair(url, code, name), context.background(), messages,
                    store.profile().displayName(), known,
                    context.service(PictureSource.class).orElse(Optional::empty), QrDecoder::read, runtime::paired),
                    messages);
        }).registerAbout(Screen.PAIRING_CODE, about -> {
            SyncRuntime runtime = runtime(context);
            LocalStore store = context.store();
            String server = Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
            return new PairingCodeView(new PairingCodeViewModel(userId -> runtime.pairing(store).issueCode(userId),
                    server, context.background(), messages, context.zone(), about), messages);
        });
    }

    private static SyncRuntime runtime(ScreenContext context) {
        return context.service(SyncRuntime.class)
                .orElseThrow(() -> new IllegalStateException("The app provides no SyncRuntime"));
    }
}
