package org.jalons.platform;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hands a file the app made (a report, a person's own export) to the person: the phone's share sheet (Gluon Attach
 * Share), a save dialog on a desktop, a recording fake in tests. Called on the screen's thread.
 */
public interface ShareService {

    /** What became of a file: saved or handed to another app, or left where it was (the person cancelled). */
    enum Outcome {
        SHARED,
        CANCELLED
    }

    /**
     * Offers {@code content} as a file named {@code fileName} of type {@code mimeType}; {@code subject} titles the
     * share sheet or the dialog.
     */
    Outcome share(String subject, String fileName, String mimeType, byte[] content) throws IOException;

    /**
     * Lets the person pick a file to read (an export to import), or empty when they cancel or this platform has no
     * file picker (a phone: the file then comes through "open with" instead).
     */
    Optional<Path> pickFile(String title, String extension);
}
