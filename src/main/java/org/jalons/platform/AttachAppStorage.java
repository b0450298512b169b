package org.jalons.platform;

import com.gluonhq.attach.storage.StorageService;
import java.nio.file.Path;

/** On a phone: the private storage that Gluon Attach gives the app (removed with the app). */
final class AttachAppStorage implements AppStorage {
    private final StorageService service;

    AttachAppStorage(StorageService service) {
        this.service = service;
    }

    @Override
    public Path privateFolder() {
        return service.getPrivateStorage()
                .map(dir -> dir.toPath().resolve("jalons"))
                .map(dir -> new DesktopAppStorage(dir).privateFolder())
                .orElseThrow(() -> new IllegalStateException("The device gave no private storage"));
    }
}
