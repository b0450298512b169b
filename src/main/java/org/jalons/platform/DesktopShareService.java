package org.jalons.platform;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** On a desktop: a save dialog where the person chooses the folder; an open dialog to import. */
final class DesktopShareService implements ShareService {
    private final Supplier<Window> owner;

    DesktopShareService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Outcome share(String subject, String fileName, String mimeType, byte[] content) throws IOException {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(subject);
        chooser.setInitialFileName(fileName);
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.')) : "";
        if (!extension.isEmpty()) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        }
        File target = chooser.showSaveDialog(owner.get());
        if (target == null) {
            return Outcome.CANCELLED;
        }
        Path path = target.toPath();
        Path temporary = Files.createTempFile(path.toAbsolutePath().getParent(), ".jalons", ".part");
        try {
            Files.write(temporary, content);
            Files.move(
                    temporary,
                    path,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return Outcome.SHARED;
    }

    @Override
    public Optional<Path> pickFile(String title, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, "*" + extension));
        File chosen = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }
}
