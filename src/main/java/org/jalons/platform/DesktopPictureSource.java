package org.jalons.platform;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** On a desktop: an ordinary file chooser, limited to pictures. */
public final class DesktopPictureSource implements PictureSource {
    private final Supplier<Window> owner;
    private final String title;

    public DesktopPictureSource(Supplier<Window> owner, String title) {
        this.owner = owner;
        this.title = title;
    }

    @Override
    public Optional<Path> choosePicture() {
        return choosePicture(title);
    }

    @Override
    public Optional<Path> choosePicture(String purpose) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(purpose);
        chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter("Images", "*.jpg", "*.jpeg", "*.png", "*.JPG", "*.JPEG", "*.PNG"));
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    /** A desktop has no gallery of its own: the same file chooser (a screenshot or any saved picture). */
    @Override
    public Optional<Path> chooseFromGallery(String purpose) {
        return choosePicture(purpose);
    }
}
