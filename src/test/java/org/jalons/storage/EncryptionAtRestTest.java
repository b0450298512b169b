package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Consent;
import org.jalons.domain.Interview;
import org.jalons.domain.Note;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptionAtRestTest {
    static final String NAME = "Zéphyrine Plaintextcheck";
    static final String NOTES = "Confidentiel : suivi psychologique Plaintextcheck-notes";
    static final List<Charset> CHARSETS = List.of(
            StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE, StandardCharsets.ISO_8859_1);

    @TempDir
    Path dir;

    @Test
    void noNameOrNoteCanBeReadInAnyFileOfTheProfileFolder() throws Exception {
        UUID id = UUID.randomUUID();
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            store.beneficiaries()
                    .save(new Beneficiary(id, NAME, null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
            store.consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            id,
                            ConsentCategory.IDENTITY_CONTACT,
                            true,
                            Instant.parse("2026-03-02T09:00:00Z"),
                            "Camille Martin"));
            store.beneficiaries()
                    .save(new Beneficiary(
                            id,
                            NAME,
                            "06 12 34 56 78 " + NAME,
                            LocalDate.of(2026, 3, 2),
                            null,
                            null,
                            List.of(),
                            null,
                            null));
            store.interviews()
                    .save(new Interview(
                            UUID.randomUUID(),
                            id,
                            LocalDate.of(2026, 4, 1),
                            InterviewPlace.DOMICILE,
                            NAME,
                            NOTES,
                            NOTES,
                            null));
            store.notes()
                    .save(new Note(
                            UUID.randomUUID(), id, NOTES, Instant.parse("2026-04-01T10:00:00Z"), Rater.BENEFICIARY));
            // A SQL error that quotes the values it refused: H2 would copy it to a plain-text trace file.
            assertThatThrownBy(() -> store.database().inTransaction(c -> {
                        for (int i = 0; i < 2; i++) {
                            try (PreparedStatement ps =
                                    c.prepareStatement("INSERT INTO SYNC_STATE (NAME, VAL) VALUES (?, ?)")) {
                                ps.setString(1, NAME);
                                ps.setString(2, NOTES);
                                ps.executeUpdate();
                            }
                        }
                        return null;
                    }))
                    .isInstanceOf(StoreException.class);
        }

        List<Path> files = filesUnder(dir);
        assertThat(files).extracting(p -> p.getFileName().toString()).contains(EncryptedStore.DB_FILE, KeyFile.NAME);
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            for (String secret : List.of(NAME, "Zéphyrine", "Plaintextcheck", "suivi psychologique")) {
                for (Charset charset : CHARSETS) {
                    assertThat(indexOf(bytes, secret.getBytes(charset)))
                            .as("'%s' in %s as %s", secret, file.getFileName(), charset)
                            .isEqualTo(-1);
                }
            }
        }
        try (LocalStore reopened = TestStores.reopen(dir)) {
            assertThat(reopened.beneficiaries().find(id))
                    .map(Beneficiary::displayName)
                    .contains(NAME);
        }
    }

    @Test
    void theScanFindsTextThatIsWrittenInTheClear() throws IOException {
        Path plain = dir.resolve("plain.txt");
        Files.write(plain, ("x" + NAME + "y").getBytes(StandardCharsets.UTF_16LE));
        assertThat(indexOf(Files.readAllBytes(plain), NAME.getBytes(StandardCharsets.UTF_16LE)))
                .isEqualTo(2);
    }

    static List<Path> filesUnder(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
