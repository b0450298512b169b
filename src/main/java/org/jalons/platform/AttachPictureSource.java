package org.jalons.platform;

import com.gluonhq.attach.pictures.PicturesService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/**
 * On a phone: the camera (the photo is not kept in the public gallery: it is evidence, private to the app), or a
 * picture the person picks in the gallery.
 */
// Attach 4 deprecates the synchronous takePhoto and loadImageFromGallery for their async forms and imageProperty,
// which give the image but not reliably its file; the calls stay until the phone builds can be tried (no GraalVM
// on the development machines).
@SuppressWarnings("deprecation")
final class AttachPictureSource implements PictureSource {
    private final PicturesService pictures;

    AttachPictureSource(PicturesService pictures) {
        this.pictures = pictures;
    }

    @Override
    public Optional<Path> choosePicture() {
        return pictures.takePhoto(false)
                .flatMap(image -> pictures.getImageFile())
                .map(File::toPath);
    }

    /** Attach gives the picked picture's original file after {@code loadImageFromGallery} (Attach 3.8+). */
    @Override
    public Optional<Path> chooseFromGallery(String purpose) {
        return pictures.loadImageFromGallery()
                .flatMap(image -> pictures.getImageFile())
                .map(File::toPath);
    }
}
