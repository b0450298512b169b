package org.jalons.syncui;

import java.util.Optional;
import java.util.Set;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.storage.LocalStore;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.EasyRead;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;

/** Registers the sync screens in the navigation table. They need the {@link SyncRuntime} the app provides. */
public final class SyncScreens {
    /** Who may ask for another person's pairing code (PROTOCOL.md: admin, or counsellor for their caseload). */
    private static final Set<Role> ISSUE_CODES = Set.of(Role.COUNSELLOR, Role.ADMIN);

    private SyncScreens() {}

    public static void register(NavigationTable table, AppServices services) {
        table.register(Screen.SYNC, () -> {
                    SyncRuntime runtime = runtime(services);
                    LocalStore store = services.store();
                    Navigator nav = services.navigator();
                    Optional<SyncAccount> account = Pairing.account(store);
                    return new SyncView(
                            runtime.status(),
                            services.easyRead(),
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
                    SyncRuntime runtime = runtime(services);
                    EasyRead texts = services.easyRead();
                    return new ConflictsView(
                            new ConflictsViewModel(
                                    services.store(), services.background(), texts, runtime::requestSyncAfterChange),
                            texts);
                })
                .register(Screen.SYNC_REJECTED, () -> {
                    SyncRuntime runtime = runtime(services);
                    EasyRead texts = services.easyRead();
                    return new RejectedView(
                            new RejectedViewModel(
                                    services.store(),
                                    services.background(),
                                    texts,
                                    services.zone(),
                                    runtime::requestSyncAfterChange),
                            texts);
                })
                .register(Screen.PAIR_DEVICE, () -> {
                    SyncRuntime runtime = runtime(services);
                    LocalStore store = services.store();
                    String known =
                            Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
                    EasyRead texts = services.easyRead();
                    return new PairDeviceView(
                            new PairDeviceViewModel(
                                    (url, code, name) -> runtime.pairing(store).pair(url, code, name),
                                    services.background(),
                                    texts,
                                    store.profile().displayName(),
                                    known,
                                    services.pictures(),
                                    QrDecoder::read,
                                    runtime::paired),
                            texts);
                })
                .registerAbout(Screen.PAIRING_CODE, about -> {
                    SyncRuntime runtime = runtime(services);
                    LocalStore store = services.store();
                    String server =
                            Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
                    EasyRead texts = services.easyRead();
                    return new PairingCodeView(
                            new PairingCodeViewModel(
                                    userId -> runtime.pairing(store).issueCode(userId),
                                    server,
                                    services.background(),
                                    texts,
                                    services.zone(),
                                    about),
                            texts);
                });
    }

    private static SyncRuntime runtime(AppServices services) {
        return services.sync();
    }
}
