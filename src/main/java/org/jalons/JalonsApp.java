package org.jalons;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.jalons.i18n.LanguageSetting;
import org.jalons.i18n.Messages;
import org.jalons.platform.AppLifecycle;
import org.jalons.platform.AppStorage;
import org.jalons.platform.PlatformServices;
import org.jalons.session.AppServices;
import org.jalons.session.AutoLock;
import org.jalons.session.Session;
import org.jalons.settings.SettingsScreens;
import org.jalons.storage.KeyDerivation;
import org.jalons.storage.Profiles;
import org.jalons.sync.DeviceRevocation;
import org.jalons.sync.HttpSettings;
import org.jalons.sync.SyncService;
import org.jalons.syncui.SyncRuntime;
import org.jalons.syncui.SyncStatusBar;
import org.jalons.syncui.SyncStatusModel;
import org.jalons.ui.AppShell;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.ErrorReporter;
import org.jalons.ui.FxBackground;
import org.jalons.ui.Icons;
import org.jalons.ui.LiveDisplay;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.jalons.ui.Theme;
import org.jalons.ui.kit.Overlay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The composition root: builds every service, view model factory and the window, by constructor injection. */
public final class JalonsApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(JalonsApp.class);
    /** Lowers the PIN key derivation cost for tests only; real profiles use the storage default. */
    public static final String KDF_ITERATIONS_PROPERTY = "jalons.kdf.iterations";

    public static final double WIDTH = 400;
    public static final double HEIGHT = 800;

    private Session session;
    private FxBackground background;
    private final UnaryOperator<AppServices> serviceOverrides;

    public JalonsApp() {
        this(services -> services);
    }

    /** For tests: replaces device services (e.g. a fake picture source, {@link AppServices#withPictures}). */
    JalonsApp(UnaryOperator<AppServices> serviceOverrides) {
        this.serviceOverrides = serviceOverrides;
    }

    /** On the launcher thread, before {@link #start}: what can be read meanwhile on another thread. */
    @Override
    public void init() {
        Icons.loadFontsInBackground();
    }

    @Override
    public void start(Stage stage) {
        // Before any control exists: otherwise the first one loads JavaFX's Modena, replaced by Primer Light later.
        Theme.useUserAgentStylesheet();
        AppStorage storage = PlatformServices.storage();
        Path home = storage.privateFolder();
        LanguageSetting languageSetting = new LanguageSetting(home);
        Messages messages = new Messages(languageSetting.load());
        new ErrorReporter(messages, () -> stage).install();
        LOG.info("Jalons starts with its data in {}", home);

        Clock clock = Clock.systemUTC();
        background = new FxBackground();
        session = new Session(new Profiles(home, clock, kdfParameters()), background);
        AppScreens screens = new AppScreens();
        Navigator navigator = screens.navigator();
        DisplayPreferences display = new DisplayPreferences(home);
        syncRuntime = syncRuntime(messages, clock, display);
        AppServices services = serviceOverrides.apply(new AppServices(
                session,
                background,
                messages,
                clock,
                ZoneId.systemDefault(),
                navigator,
                display,
                PlatformServices.pictures(() -> stage, messages.get("my.training.picture")),
                PlatformServices.share(stage, home),
                PlatformServices.links(getHostServices()),
                syncRuntime));
        screens.register(services, messages::setLanguage);
        // a lost phone: the organisation asked it to erase everything, which it does with the store closed
        services.sync().onWipeRequested(() -> Platform.runLater(() -> SettingsScreens.wipeAsRequested(services)));
        messages.languageProperty().addListener((obs, old, language) -> languageSetting.save(language));

        AppShell shell = new AppShell(
                messages,
                navigator,
                screen -> session.isOpen()
                        ? AppScreens.placesOf(session.store().profile().role())
                        : List.of(),
                key -> services.easyRead().get(key),
                () -> services.easyRead().isOn());
        AppLifecycle lifecycle = PlatformServices.lifecycle(stage);
        LiveDisplay.follow(messages, display, navigator, Platform::runLater);
        wireSync(navigator, shell, lifecycle, messages);
        honourTextSize(shell, display);
        // Dialogs, bottom sheets and snackbars are drawn in the window, over the shell, at the reading settings.
        Overlay overlay = new Overlay(shell);
        overlay.textScaleProperty().bind(display.textScaleProperty());
        overlay.easyReadProperty().bind(display.easyReadProperty());
        // A snackbar speaks of its screen: going to another one hides it (one said after the move stays).
        navigator.screenProperty().addListener((obs, old, now) -> overlay.hideSnackbar());
        Scene scene = new Scene(overlay, WIDTH, HEIGHT);
        Theme.apply(scene);
        Theme.followTextScale(scene, display.textScaleProperty());
        stage.setTitle(messages.get("app.name"));
        stage.setScene(scene);
        stage.setMinWidth(320);
        stage.setMinHeight(480);
        new AutoLock(lifecycle, clock, AutoLock.DEFAULT_DELAY, session::isOpen, services::lock);
        navigator.goTo(session.startScreen());
        logFirstFrame(scene);
        stage.show();
        Messages.warmUpPlurals(); // after the first frame, off its thread
    }

    // --- Sync wiring (org.jalons.syncui): one runtime for the app, a SyncService per opened store. ---

    /** The sync period; tests shorten it. */
    public static final String SYNC_PERIOD_PROPERTY = "jalons.sync.periodSeconds";

    private SyncRuntime syncRuntime;

    /** The status bar speaks easy-read while the display preferences say so. */
    private static SyncRuntime syncRuntime(Messages messages, Clock clock, DisplayPreferences display) {
        SyncStatusModel status = new SyncStatusModel(messages, clock, Platform::runLater);
        status.easyReadProperty().bind(display.easyReadProperty());
        Duration period =
                Duration.ofSeconds(Long.getLong(SYNC_PERIOD_PROPERTY, SyncService.DEFAULT_PERIOD.toSeconds()));
        return new SyncRuntime(
                clock,
                period,
                HttpSettings.defaults(),
                status,
                PlatformServices.deviceModel().name().orElse(null));
    }

    private void wireSync(Navigator navigator, AppShell shell, AppLifecycle lifecycle, Messages messages) {
        SyncStatusModel status = syncRuntime.status();
        session.storeProperty().addListener((obs, old, store) -> {
            if (store == null) {
                syncRuntime.close();
            } else {
                syncRuntime.open(store);
            }
        });
        lifecycle.onResume(syncRuntime::requestSync);
        revokeWipedDevices(lifecycle);
        shell.addStatusBar(
                () -> new SyncStatusBar(
                        status,
                        messages,
                        () -> navigator.goTo(Screen.SYNC),
                        syncRuntime::requestSync,
                        () -> navigator.goTo(Screen.SETTINGS)),
                HOME_SCREENS::contains);
    }

    /**
     * A device wiped while the server could not be reached is revoked at the next start, and at each return to the
     * app until the server answers (see DeviceRevocation); off the screen's thread, since it waits for the network.
     */
    private void revokeWipedDevices(AppLifecycle lifecycle) {
        java.nio.file.Path home = session.profiles().appDirectory();
        Runnable inBackground = () -> {
            // Only when a wipe left a device to revoke: the HTTP client is not even loaded otherwise.
            if (java.nio.file.Files.exists(home.resolve(Profiles.PENDING_REVOCATION))) {
                Thread thread = new Thread(
                        () -> new DeviceRevocation(home, HttpSettings.defaults()).revokePending(),
                        "jalons-device-revocation");
                thread.setDaemon(true);
                thread.start();
            }
        };
        inBackground.run();
        lifecycle.onResume(inBackground);
    }

    private static final Set<Screen> HOME_SCREENS =
            Set.of(Screen.COUNSELLOR_HOME, Screen.BENEFICIARY_HOME, Screen.SUPERVISOR_HOME, Screen.ADMIN_HOME);

    /** The text size chosen in the settings scales the shell's base font (15 px), which the screens' texts follow. */
    private static void honourTextSize(AppShell shell, DisplayPreferences display) {
        shell.styleProperty()
                .bind(Bindings.createStringBinding(
                        () -> String.format(
                                Locale.ROOT,
                                "-fx-font-size: %.1fpx;",
                                15 * display.textScaleProperty().get()),
                        display.textScaleProperty()));
    }

    /** Argon2id for new stores; tests name a PBKDF2 iteration count with {@code jalons.kdf.iterations}, to run fast. */
    static KeyDerivation.Parameters kdfParameters() {
        Integer iterations = Integer.getInteger(KDF_ITERATIONS_PROPERTY);
        return iterations == null
                ? KeyDerivation.Parameters.FOR_NEW_STORES
                : KeyDerivation.Parameters.pbkdf2(iterations);
    }

    /** Start-up time is a requirement on low-end phones: log it once, from JVM start to the first laid-out frame. */
    private static void logFirstFrame(Scene scene) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            long jvmStart;
            long cpuMs;
            try {
                jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
                // The CPU time too: on a busy machine the wall time mostly says how long the process waited.
                cpuMs = ManagementFactory.getOperatingSystemMXBean()
                                instanceof com.sun.management.OperatingSystemMXBean os
                        ? os.getProcessCpuTime() / 1_000_000
                        : -1;
            } catch (RuntimeException | LinkageError e) {
                return;
            }
            LOG.info(
                    "First frame shown in {} ms after JVM start ({} ms of CPU, all threads)",
                    System.currentTimeMillis() - jvmStart,
                    cpuMs);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (syncRuntime != null) {
            syncRuntime.close();
        }
        if (session != null) {
            session.close();
        }
        if (background != null) {
            background.close();
        }
    }
}
