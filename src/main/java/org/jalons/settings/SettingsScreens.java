package org.jalons.settings;

import java.util.Optional;
import org.jalons.domain.LocalProfile;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.session.Session;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.sync.DeviceRevocation;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.Pairing;
import org.jalons.sync.SyncAccount;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.View;
import org.jalons.ui.kit.Snackbar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the settings screens are built (the wipe and the PIN change close and reopen the store); see AppScreens. */
public final class SettingsScreens {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsScreens.class);

    private SettingsScreens() {}

    /** The settings, with a notice when opened about one (a text key: the PIN was changed, or not). */
    public static View settings(AppServices services, Object about) {
        LocalStore store = services.store();
        boolean demo = isDemo(store.profile());
        Navigator nav = services.navigator();
        SettingsViewModel model = new SettingsViewModel(
                services.messages(),
                services.display(),
                services.background(),
                wiper(services, store, demo ? Profiles.DEMO : Profiles.OWN));
        String notice = about instanceof String key ? services.easyRead().get(key) : null;
        // a counsellor says here how the people they support see them; saved at once, sent at the next sync
        CounsellorProfileModel profile = store.profile().role() == Role.COUNSELLOR
                ? new CounsellorProfileModel(
                        store.counsellorProfiles(),
                        services.background(),
                        services.easyRead(),
                        services.sync()::requestSyncAfterChange)
                : null;
        return new SettingsView(
                model,
                services.easyRead(),
                new SettingsView.Actions(
                        demo ? null : () -> nav.goTo(Screen.CHANGE_PIN), services::lock, () -> nav.goTo(Screen.SYNC)),
                notice,
                profile);
    }

    public static View changePin(AppServices services) {
        EasyRead texts = services.easyRead();
        return new ChangePinView(new ChangePinViewModel(pinStore(services), services.background(), texts), texts);
    }

    /** The demo organisation opens with a published passphrase: it has no PIN to change. */
    static boolean isDemo(LocalProfile profile) {
        return DemoOrganisation.profileFor(profile.role()).userId().equals(profile.userId());
    }

    private static void awaitSyncStopped(AppServices services) throws InterruptedException {
        services.sync().awaitStopped();
    }

    /**
     * Wiping the person's own profile also revokes this device on the server (see DeviceRevocation): the account is
     * read before the store closes, since nothing can read it after.
     */
    /** The person waits for the wipe: one quick try, the next start tries again (see DeviceRevocation). */
    private static final HttpSettings WIPE_HTTP = new HttpSettings(
            java.time.Duration.ofSeconds(5),
            java.time.Duration.ofSeconds(10),
            1,
            java.time.Duration.ofMillis(500),
            java.time.Duration.ofSeconds(1));

    /**
     * The wipe of the settings; {@code store} is null for a locked profile whose PIN is forgotten (nothing can be
     * read in it: no count of what is unsent, no account to revoke, the counsellor revokes the old phone).
     */
    static SettingsViewModel.Wiper wiper(AppServices services, LocalStore store, String which) {
        return wiper(services, store, which, false);
    }

    /**
     * The organisation asked this phone to erase everything ({@code SyncProblem.WIPE_REQUESTED}, a lost phone): the
     * settings' wipe of the person's own profile, confirmed to the server instead of revoking (DeviceRevocation), then
     * the first screen, which says why in one line. Screen thread; nothing when no store is open any more.
     */
    public static void wipeAsRequested(AppServices services) {
        Optional<LocalStore> store = services.session().current();
        if (store.isEmpty() || isDemo(store.get().profile())) {
            return;
        }
        SettingsViewModel.Wiper wiper = wiper(services, store.get(), Profiles.OWN, true);
        wiper.close();
        Runnable told = () -> {
            wiper.done();
            Snackbar.show(services.easyRead().get("settings.wiped.remotely"));
        };
        services.background()
                .run(
                        () -> {
                            wiper.erase();
                            return null;
                        },
                        done -> {
                            LOG.info("This device was wiped at its organisation's request");
                            told.run();
                        },
                        failure -> {
                            LOG.error("Wiping the device at its organisation's request failed", failure);
                            told.run();
                        });
    }

    private static SettingsViewModel.Wiper wiper(
            AppServices services, LocalStore store, String which, boolean askedByOrganisation) {
        Session session = services.session();
        return new SettingsViewModel.Wiper() {
            private Optional<SyncAccount> account = Optional.empty();

            @Override
            public int unsentChanges() {
                if (store == null) {
                    throw new IllegalStateException("A locked store cannot be read");
                }
                return store.outbox().pendingCount() + store.outbox().rejectedCount();
            }

            @Override
            public void close() {
                if (store != null && Profiles.OWN.equals(which)) {
                    try {
                        account = Pairing.account(store);
                    } catch (RuntimeException e) {
                        LOG.warn("The pairing could not be read; the device is not revoked by the wipe", e);
                    }
                }
                session.close();
            }

            @Override
            public void erase() throws Exception {
                awaitSyncStopped(services);
                DeviceRevocation revocation =
                        new DeviceRevocation(session.profiles().appDirectory(), WIPE_HTTP);
                if (askedByOrganisation) {
                    revocation.wipeAsRequested(session.profiles(), account);
                } else {
                    revocation.wipe(session.profiles(), which, account);
                }
            }

            @Override
            public void done() {
                services.navigator().goTo(session.startScreen());
            }
        };
    }

    private static ChangePinViewModel.PinStore pinStore(AppServices services) {
        Session session = services.session();
        Profiles profiles = session.profiles();
        return new ChangePinViewModel.PinStore() {
            @Override
            public void verify(char[] current) throws org.jalons.storage.UnlockException {
                profiles.own().verify(current);
            }

            @Override
            public void close() {
                session.close();
            }

            @Override
            public ChangePinViewModel.Reopened changeAndReopen(char[] current, char[] next) throws Exception {
                awaitSyncStopped(services);
                try {
                    profiles.own().changeSecret(current, next);
                } catch (RuntimeException e) {
                    LOG.error("The PIN could not be changed; the store opens again with the current PIN", e);
                    return new ChangePinViewModel.Reopened(profiles.unlock(current), false);
                }
                return new ChangePinViewModel.Reopened(profiles.unlock(next), true);
            }

            @Override
            public void reopened(ChangePinViewModel.Reopened result) {
                Navigator nav = services.navigator();
                if (result == null) {
                    nav.goTo(session.startScreen());
                    return;
                }
                nav.goTo(session.open(result.store()));
                nav.goTo(Screen.SETTINGS, result.changed() ? "settings.pin.changed" : "settings.pin.failed");
            }
        };
    }
}
