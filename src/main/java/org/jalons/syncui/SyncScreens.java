package org.jalons.syncui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.Background;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;

/**
 * How the sync screens are built, from the app's {@link SyncRuntime}; see AppScreens. They get the services they use
 * one by one: the services record holds the runtime, and this package stays below it.
 */
public final class SyncScreens {
    /** Who may ask for another person's pairing code (PROTOCOL.md: admin, or counsellor for their caseload). */
    private static final Set<Role> ISSUE_CODES = Set.of(Role.COUNSELLOR, Role.ADMIN);

    private SyncScreens() {}

    /** The sync status, with the way to conflicts, refusals, pairing and (for who may issue them) pairing codes. */
    public static View sync(SyncRuntime runtime, LocalStore store, EasyRead texts, Navigator nav) {
        Optional<SyncAccount> account = Pairing.account(store);
        boolean demo = DemoOrganisation.isDemo(store.profile()); // never paired: no pairing offered
        return new SyncView(
                runtime.status(),
                texts,
                account,
                new SyncView.Actions(
                        runtime::requestSync,
                        () -> nav.goTo(Screen.SYNC_CONFLICTS),
                        () -> nav.goTo(Screen.SYNC_REJECTED),
                        demo ? null : () -> nav.goTo(Screen.PAIR_DEVICE),
                        !demo && ISSUE_CODES.contains(store.profile().role())
                                ? () -> nav.goTo(Screen.PAIRING_CODE)
                                : null));
    }

    /** Pairing this phone: typed, or from a photo or a picture of the code. */
    public static View pairDevice(
            SyncRuntime runtime, LocalStore store, Background background, EasyRead texts, PictureSource pictures) {
        String known = Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
        return new PairDeviceView(
                new PairDeviceViewModel(
                        (url, code, name) -> runtime.pairing(store).pair(url, code, name),
                        background,
                        texts,
                        store.profile().displayName(),
                        known,
                        pictures,
                        QrDecoder::read,
                        runtime::paired),
                texts);
    }

    /** A pairing code for another person's phone (counsellor or admin). */
    public static View pairingCode(
            SyncRuntime runtime, LocalStore store, Background background, EasyRead texts, ZoneId zone, Object about) {
        String server = Pairing.account(store).map(SyncAccount::serverUrl).orElse(null);
        List<PairingCodeViewModel.Person> caseload = store.beneficiaries().all().stream()
                .map(b -> new PairingCodeViewModel.Person(b.id(), b.displayName()))
                .sorted(java.util.Comparator.comparing(
                        PairingCodeViewModel.Person::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        return new PairingCodeView(
                new PairingCodeViewModel(
                        beneficiaryId -> runtime.pairing(store).issueCodeForPerson(beneficiaryId),
                        caseload,
                        server,
                        background,
                        texts,
                        zone,
                        about),
                texts);
    }
}
