package org.jalons.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.jalons.platform.FakeShareService;
import org.jalons.platform.PictureSource;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.syncui.SyncRuntime;
import org.jalons.ui.NavigationTable;
import org.jalons.ui.Navigator;
import org.jalons.ui.Screen;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppServicesTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T23:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path home;

    TestServices app;
    Session session;
    SyncRuntime sync;

    AppServices services() {
        app = new TestServices(home, CLOCK, ZoneId.of("Pacific/Noumea"), new Navigator(new NavigationTable()));
        session = app.services.session();
        sync = app.services.sync();
        return app.services;
    }

    @AfterEach
    void close() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theOpenStoreAndItsSyncAreAskedForWhenNeededNotRegisteredAgain() {
        AppServices services = services();
        assertThat(services.syncService()).isEmpty();
        assertThatThrownBy(services::store).isInstanceOf(IllegalStateException.class);

        LocalStore first = session.profiles().openDemo(Role.COUNSELLOR);
        assertThat(session.open(first)).isEqualTo(Screen.COUNSELLOR_HOME);
        sync.open(first);
        assertThat(services.store()).isSameAs(first);
        assertThat(services.syncService()).isPresent();

        // Another store (a PIN change reopens it): the same services lead to it and to its own sync.
        var firstSync = services.syncService().orElseThrow();
        sync.close();
        session.close();
        LocalStore second = session.profiles().openDemo(Role.BENEFICIARY);
        session.open(second);
        sync.open(second);
        assertThat(services.store()).isSameAs(second);
        assertThat(services.syncService()).isPresent().get().isNotSameAs(firstSync);

        session.close();
        sync.close();
        assertThat(services.syncService()).isEmpty();
    }

    @Test
    void todayIsTheDayWhereThePhoneIs() {
        // 23:30 UTC is already the next day in Nouméa (UTC+11).
        assertThat(services().today()).isEqualTo(java.time.LocalDate.parse("2026-11-27"));
    }

    @Test
    void aTestReplacesOneDeviceServiceAndKeepsTheOthers() {
        AppServices services = services();
        PictureSource camera = () -> Optional.of(home.resolve("photo.png"));
        FakeShareService share = new FakeShareService();

        AppServices replaced = services.withPictures(camera).withShare(share);

        assertThat(replaced.pictures()).isSameAs(camera);
        assertThat(replaced.share()).isSameAs(share);
        assertThat(replaced.session()).isSameAs(services.session());
        assertThat(replaced.sync()).isSameAs(services.sync());
        assertThat(replaced.display()).isSameAs(services.display());
        assertThat(services.pictures()).isNotSameAs(camera);
    }

    @Test
    void noServiceIsLeftOut() {
        AppServices services = services();
        assertThatThrownBy(() -> services.withShare(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("share");
        assertThatThrownBy(() -> services.withPictures(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("pictures");
    }
}
