package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Evidence photos live inside the encrypted store; plain files left by older versions move in at the next unlock. */
class EvidencePhotosTest {
    @TempDir
    Path dir;

    @Test
    void plainPhotosLeftByAnOlderVersionMoveIntoTheStoreAtTheNextUnlockAndTheFilesGo() throws Exception {
        TestStores.counsellorStore(dir).close();
        Path folder = Files.createDirectories(dir.resolve(EvidencePhotos.FOLDER));
        String first = EvidencePhotos.FOLDER + "/" + UUID.randomUUID() + ".jpg";
        String second = EvidencePhotos.FOLDER + "/" + UUID.randomUUID() + ".png";
        byte[] firstPhoto = {(byte) 0xFF, (byte) 0xD8, 1, 2, 3};
        byte[] secondPhoto = {(byte) 0x89, 'P', 'N', 'G', 4, 5};
        Files.write(dir.resolve(first), firstPhoto);
        Files.write(dir.resolve(second), secondPhoto);

        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(store.evidencePhotos().read(first))
                    .hasValueSatisfying(p -> assertThat(p).isEqualTo(firstPhoto));
            assertThat(store.evidencePhotos().read(second))
                    .hasValueSatisfying(p -> assertThat(p).isEqualTo(secondPhoto));
        }
        assertThat(folder).as("no plain photo is left, nor their folder").doesNotExist();
        try (LocalStore store = TestStores.reopen(dir)) {
            assertThat(store.evidencePhotos().read(first))
                    .as("still there after the next unlock")
                    .isPresent();
        }
    }

    @Test
    void thePhotoCannotBeFoundInThePlainBytesOfTheStoreFile() throws Exception {
        byte[] photo = "PHOTO-OF-A-CERTIFICATE-SST-SAMIA".repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            store.evidencePhotos().put("evidence/a.jpg", photo);
        }
        String raw = new String(
                Files.readAllBytes(dir.resolve("profile").resolve(EncryptedStore.DB_FILE)),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("PHOTO-OF-A-CERTIFICATE");
    }
}
