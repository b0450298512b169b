package org.jalons.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnlockTest {
    static final char[] WRONG = "000000".toCharArray();

    @TempDir
    Path dir;

    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T10:00:00Z"));
    Profiles profiles;
    Path data;

    @BeforeEach
    void createProfile() {
        profiles = TestStores.profiles(dir, clock);
        profiles.create("Samia B.", Role.BENEFICIARY, TestStores.PIN.clone()).close();
        data = profiles.own().dataFile();
    }

    UnlockException unlockWith(char[] pin) {
        return catchThrowableOfType(
                UnlockException.class, () -> profiles.unlock(pin.clone()).close());
    }

    @Test
    void aWrongPinIsRefusedWithoutTouchingTheDataFile() throws Exception {
        byte[] before = Files.readAllBytes(data);
        FileTime modified = Files.getLastModifiedTime(data);

        UnlockException e = unlockWith(WRONG);

        assertThat(e.reason()).isEqualTo(UnlockException.Reason.WRONG_PIN);
        assertThat(e.attemptsBeforeDelay()).isEqualTo(2);
        assertThat(e.retryAt()).isNull();
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(data)).isEqualTo(modified);
    }

    @Test
    void afterThreeWrongPinsTheNextTryWaitsEvenWithTheRightPin() throws Exception {
        unlockWith(WRONG);
        unlockWith(WRONG);
        UnlockException third = unlockWith(WRONG);
        assertThat(third.reason()).isEqualTo(UnlockException.Reason.WRONG_PIN);
        assertThat(third.attemptsBeforeDelay()).isZero();
        assertThat(third.retryAt()).isEqualTo(clock.instant().plusSeconds(30));
        byte[] before = Files.readAllBytes(data);

        clock.advance(Duration.ofSeconds(10));
        UnlockException locked = unlockWith(TestStores.PIN);

        assertThat(locked.reason()).isEqualTo(UnlockException.Reason.LOCKED_OUT);
        assertThat(locked.retryAt()).isEqualTo(clock.instant().plusSeconds(20));
        assertThat(Files.readAllBytes(data)).isEqualTo(before);
    }

    @Test
    void eachFurtherWrongPinDoublesTheWait() {
        for (int i = 0; i < 3; i++) {
            unlockWith(WRONG);
        }
        clock.advance(Duration.ofSeconds(31));
        UnlockException fourth = unlockWith(WRONG);
        assertThat(fourth.reason()).isEqualTo(UnlockException.Reason.WRONG_PIN);
        assertThat(fourth.retryAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(59));
        assertThat(unlockWith(WRONG).reason()).isEqualTo(UnlockException.Reason.LOCKED_OUT);
    }

    @Test
    void theRightPinAfterWaitingOpensTheStoreAndForgetsTheFailures() throws Exception {
        for (int i = 0; i < 3; i++) {
            unlockWith(WRONG);
        }
        clock.advance(Duration.ofSeconds(30));

        try (LocalStore store = profiles.unlock(TestStores.PIN.clone())) {
            assertThat(store.profile().displayName()).isEqualTo("Samia B.");
            assertThat(store.beneficiaries().find(store.profile().beneficiaryId()))
                    .isPresent();
        }

        UnlockException next = unlockWith(WRONG);
        assertThat(next.reason()).isEqualTo(UnlockException.Reason.WRONG_PIN);
        assertThat(next.attemptsBeforeDelay()).isEqualTo(2);
    }

    @Test
    void theFailureCountSurvivesRestartingTheApp() {
        unlockWith(WRONG);
        unlockWith(WRONG);
        unlockWith(WRONG);
        Profiles restarted = TestStores.profiles(dir, clock);
        UnlockException e = catchThrowableOfType(
                UnlockException.class,
                () -> restarted.unlock(TestStores.PIN.clone()).close());
        assertThat(e.reason()).isEqualTo(UnlockException.Reason.LOCKED_OUT);
    }
}
