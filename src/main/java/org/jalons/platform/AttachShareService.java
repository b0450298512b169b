package org.jalons.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * On a phone: the file is written to the app's private folder ({@code shared/}), then offered through the system
 * share sheet (mail, messaging, Drive, "save to Files"…) by Gluon Attach Share. The other app reads the file after
 * this returns, so it is deleted at the next lock and the next unlock (Profiles.SHARED), not here. A phone has no
 * file picker here.
 */
final class AttachShareService implements ShareService {
    private final com.gluonhq.attach.share.ShareService share;
    private final Path folder;

    AttachShareService(com.gluonhq.attach.share.ShareService share, Path folder) {
        this.share = share;
        this.folder = folder;
    }

    @Override
    public Outcome share(String subject, String fileName, String mimeType, byte[] content) throws IOException {
        Path dir = Files.createDirectories(folder.resolve(org.jalons.storage.Profiles.SHARED));
        Path file = dir.resolve(fileName);
        Files.write(file, content);
        share.share(subject, "", mimeType, file.toFile());
        return Outcome.SHARED;
    }

    @Override
    public Optional<Path> pickFile(String title, String extension) {
        return Optional.empty();
    }
}
