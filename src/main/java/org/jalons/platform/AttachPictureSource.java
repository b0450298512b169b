package org.jalons.platform;

import com.gluonhq.attach.pictures.PicturesService;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** On a phone: the camera (the photo is not kept in the public gallery: it is evidence, private to the app). */
final class AttachPictureSource implements PictureSource {
    private final PicturesService pictures;

    AttachPictureSource(PicturesService pictures) {
        this.pictures = pictures;
    }

    @Override
    public Optional<Path> choosePicture() {
        return pictures.takePhoto(false).flatMap(image -> pictures.getImageFile()).map(File::toPath);
    }
}
