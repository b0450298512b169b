package org.jalons.session;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.platform.FakeShareService;
import org.jalons.platform.RecordingLinks;
import org.jalons.storage.Profiles;
import org.jalons.sync.HttpSettings;
import org.jalons.syncui.SyncRuntime;
import org.jalons.syncui.SyncStatusModel;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.Navigator;

/** The app's services as the composition root builds them, on a folder of their own, without a screen. */
public final class TestServices implements AutoCloseable {
    public final AppServices services;

    public TestServices(Path home, Clock clock, ZoneId zone, Navigator navigator) {
        Messages messages = new Messages(Language.FRENCH);
        DirectBackground background = new DirectBackground();
        services = new AppServices(
                new Session(new Profiles(home, clock, 1000), background),
                background,
                messages,
                clock,
                zone,
                navigator,
                new DisplayPreferences(home),
                Optional::empty,
                new FakeShareService(),
                new RecordingLinks(),
                new SyncRuntime(
                        clock,
                        Duration.ofMinutes(15),
                        HttpSettings.defaults(),
                        new SyncStatusModel(messages, clock, Runnable::run)));
    }

    @Override
    public void close() {
        services.sync().close();
        services.session().close();
    }
}
