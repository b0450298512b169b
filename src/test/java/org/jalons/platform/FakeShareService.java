package org.jalons.platform;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Records what the app shares instead of showing a dialog; can hand over a file to import. */
public final class FakeShareService implements ShareService {
    public record Shared(String subject, String fileName, String mimeType, byte[] content) {}

    public final List<Shared> shared = new ArrayList<>();
    public Path fileToPick;

    @Override
    public Outcome share(String subject, String fileName, String mimeType, byte[] content) {
        shared.add(new Shared(subject, fileName, mimeType, content));
        return Outcome.SHARED;
    }

    @Override
    public Optional<Path> pickFile(String title, String extension) {
        return Optional.ofNullable(fileToPick);
    }
}
