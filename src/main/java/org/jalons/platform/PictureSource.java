package org.jalons.platform;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a picture comes from (a photo of a certificate, kept as evidence of a training; a picture of a pairing QR
 * code, read and then forgotten): the phone's camera or its gallery through Gluon Attach, a file chooser on a
 * desktop, a fake in tests. Called on the FX thread.
 */
public interface PictureSource {
    /** Lets the person take or pick a picture; the file it is in (to be copied), or empty when they gave up. */
    Optional<Path> choosePicture();

    /**
     * The same, for a stated purpose (a photo of a pairing QR code): a desktop file chooser shows {@code purpose}
     * as its title; the phone's camera has nowhere to show it.
     */
    default Optional<Path> choosePicture(String purpose) {
        return choosePicture();
    }

    /**
     * A picture already on the device, for a stated purpose (a screenshot of a pairing QR code someone sent): the
     * phone's gallery; on a desktop the same file chooser as {@link #choosePicture(String)}, which is also what a
     * source without a gallery of its own gives.
     */
    default Optional<Path> chooseFromGallery(String purpose) {
        return choosePicture(purpose);
    }
}
