package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.domain.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CounsellorProfilesTest {
    private static final CounsellorProfile CAMILLE =
            new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 12 34 56 78");

    @TempDir
    Path dir;

    @Test
    void aSavedProfileWaitsUntilTheServerTookThatSave() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            CounsellorProfiles profiles = store.counsellorProfiles();
            assertThat(profiles.own()).isEmpty();
            assertThat(profiles.unsent()).isEmpty();

            profiles.saveOwn(CAMILLE);
            CounsellorProfiles.Unsent first = profiles.unsent().orElseThrow();
            profiles.saveOwn(new CounsellorProfile(" Camille M. ", CounsellorProfile.NEUTRAL, " "));
            profiles.markSent(first.revision());

            assertThat(profiles.own()).contains(new CounsellorProfile("Camille M.", CounsellorProfile.NEUTRAL, null));
            assertThat(profiles.unsent())
                    .map(CounsellorProfiles.Unsent::profile)
                    .contains(new CounsellorProfile("Camille M.", CounsellorProfile.NEUTRAL, null));
            profiles.markSent(profiles.unsent().orElseThrow().revision());
            assertThat(profiles.unsent()).isEmpty();
        }
    }

    @Test
    void whatTheServerWouldRefuseIsNeverKept() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            CounsellorProfiles profiles = store.counsellorProfiles();
            for (CounsellorProfile bad : List.of(
                    new CounsellorProfile(" ", CounsellorProfile.FEMININE, null),
                    new CounsellorProfile("C".repeat(61), CounsellorProfile.FEMININE, null),
                    new CounsellorProfile("Camille", "other", null),
                    new CounsellorProfile("Camille", null, null),
                    new CounsellorProfile("Cam\nille", CounsellorProfile.FEMININE, null),
                    new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "0".repeat(41)))) {
                assertThatThrownBy(() -> profiles.saveOwn(bad))
                        .as(bad.toString())
                        .isInstanceOf(ValidationException.class);
            }
            assertThat(profiles.own()).isEmpty();
        }
    }

    @Test
    void thePersonsCounsellorsAreReplacedAsAWholeAndABrokenOneIsLeftOut() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir)) {
            CounsellorProfiles profiles = store.counsellorProfiles();
            MyCounsellor camille = new MyCounsellor(UUID.randomUUID(), CAMILLE);
            MyCounsellor karim = new MyCounsellor(
                    UUID.randomUUID(), new CounsellorProfile("Karim", CounsellorProfile.MASCULINE, null));
            profiles.replaceMine(List.of(karim, camille));
            assertThat(profiles.mine()).containsExactly(karim, camille);

            profiles.replaceMine(List.of(
                    camille,
                    new MyCounsellor(UUID.randomUUID(), new CounsellorProfile("X", "unknown-form", null)),
                    new MyCounsellor(null, CAMILLE)));
            assertThat(profiles.mine()).containsExactly(camille);
        }
    }
}
