package org.jalons.beneficiary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jalons.platform.PictureSource;

/** A device that "takes" the same small picture every time, or nothing when the person gives up. */
public final class FakePictureSource implements PictureSource {
    private final Path picture;
    private int asked;

    public FakePictureSource(Path folder) {
        try {
            Files.createDirectories(folder);
            picture = folder.resolve("certificate.png");
            // A real 1x1 PNG, so that the screen can show it.
            Files.write(
                    picture,
                    java.util.Base64.getDecoder()
                            .decode(
                                    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Path> choosePicture() {
        asked++;
        return Optional.of(picture);
    }

    public int asked() {
        return asked;
    }
}
