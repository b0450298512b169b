package org.jalons.platform;

import com.gluonhq.attach.lifecycle.LifecycleService;
import com.gluonhq.attach.pictures.PicturesService;
import com.gluonhq.attach.storage.StorageService;
import com.gluonhq.attach.util.Services;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks each device service: the Gluon Attach one when the platform has it (a phone), else ours for the desktop.
 * {@code jalons.home} always wins, so that tests and screenshots never touch a real profile.
 */
public final class PlatformServices {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformServices.class);

    private PlatformServices() {}

    public static AppStorage storage() {
        if (System.getProperty(AppStorage.HOME_PROPERTY) == null) {
            Optional<StorageService> attach = attach(StorageService.class);
            if (attach.isPresent()) {
                return new AttachAppStorage(attach.get());
            }
        }
        return DesktopAppStorage.fromSystem();
    }

    public static AppLifecycle lifecycle(Stage stage) {
        return attach(LifecycleService.class)
                .<AppLifecycle>map(AttachAppLifecycle::new)
                .orElseGet(() -> DesktopAppLifecycle.of(stage));
    }

    /** Pictures for evidence (a certificate): the camera on a phone, a file chooser titled {@code title} elsewhere. */
    public static PictureSource pictures(Supplier<Window> owner, String title) {
        return attach(PicturesService.class)
                .<PictureSource>map(AttachPictureSource::new)
                .orElseGet(() -> new DesktopPictureSource(owner, title));
    }

    /** Sharing files: the phone's share sheet, else a save dialog over {@code stage}. */
    public static ShareService share(Stage stage, java.nio.file.Path privateFolder) {
        return attach(com.gluonhq.attach.share.ShareService.class)
                .<ShareService>map(s -> new AttachShareService(s, privateFolder))
                .orElseGet(() -> new DesktopShareService(() -> stage));
    }

    /** Links to the phone's dialler, messages and map: Gluon Attach Browser, else the desktop's handlers. */
    public static ExternalLinks links(javafx.application.HostServices host) {
        return attach(com.gluonhq.attach.browser.BrowserService.class)
                .<ExternalLinks>map(AttachExternalLinks::new)
                .orElseGet(() -> new DesktopExternalLinks(host));
    }

    /** What this device is, named at pairing: Gluon Attach Device on a phone, the OS name elsewhere. */
    public static DeviceModel deviceModel() {
        return attach(com.gluonhq.attach.device.DeviceService.class)
                .<DeviceModel>map(AttachDeviceModel::new)
                .orElseGet(DesktopDeviceModel::fromSystem);
    }

    private static <T> Optional<T> attach(Class<T> type) {
        try {
            Optional<T> service = Services.get(type);
            LOG.debug("{}: {}", type.getSimpleName(), service.isPresent() ? "Gluon Attach" : "desktop fallback");
            return service;
        } catch (RuntimeException | LinkageError e) {
            LOG.debug("No Gluon Attach {} on this platform", type.getSimpleName(), e);
            return Optional.empty();
        }
    }
}
