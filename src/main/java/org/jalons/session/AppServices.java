package org.jalons.session;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.jalons.i18n.Messages;
import org.jalons.platform.ExternalLinks;
import org.jalons.platform.PictureSource;
import org.jalons.platform.ShareService;
import org.jalons.storage.LocalStore;
import org.jalons.sync.SyncService;
import org.jalons.syncui.SyncRuntime;
import org.jalons.ui.Background;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Navigator;

/**
 * What the screens are built with, made once by the composition root ({@code JalonsApp}) and handed to the screen
 * table. Every service is there for the whole run: what depends on the open store (the store itself, its sync
 * service) is asked of the session or the sync runtime when a screen is built, never registered again.
 *
 * @param pictures the camera or gallery on a phone, a file chooser on a desktop
 * @param share the share sheet on a phone, a save dialog on a desktop
 * @param links the phone's dialler, messages and map for {@code tel:}, {@code sms:} and {@code geo:} links
 * @param sync the sync of whichever store is open (none while locked)
 */
public record AppServices(
        Session session,
        Background background,
        Messages messages,
        Clock clock,
        ZoneId zone,
        Navigator navigator,
        DisplayPreferences display,
        PictureSource pictures,
        ShareService share,
        ExternalLinks links,
        SyncRuntime sync) {

    public AppServices {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(navigator, "navigator");
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(pictures, "pictures");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(links, "links");
        Objects.requireNonNull(sync, "sync");
    }

    /** The open store (screens after the unlock can rely on it). */
    public LocalStore store() {
        return session.store();
    }

    /** The sync service of the open store; empty while the store is locked. */
    public Optional<SyncService> syncService() {
        return sync.service();
    }

    /** How screens speak and look now: easy-read (FALC) or not, and the text size, from the display preferences. */
    public EasyRead easyRead() {
        return EasyRead.of(messages, display);
    }

    /** Today where the phone is. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** Keeps the store just unlocked or created open, and shows the home of its person's role. */
    public void opened(LocalStore store) {
        navigator.goTo(session.open(store));
    }

    /** Closes the store and goes back to the unlock screen. */
    public void lock() {
        navigator.goTo(session.lock());
    }

    /** The same services with another picture source (tests: a fake camera or gallery). */
    public AppServices withPictures(PictureSource other) {
        return new AppServices(
                session, background, messages, clock, zone, navigator, display, other, share, links, sync);
    }

    /** The same services with another share service (tests: one that records what was shared). */
    public AppServices withShare(ShareService other) {
        return new AppServices(
                session, background, messages, clock, zone, navigator, display, pictures, other, links, sync);
    }

    /** The same services with other links (tests: one that records what was opened). */
    public AppServices withLinks(ExternalLinks other) {
        return new AppServices(
                session, background, messages, clock, zone, navigator, display, pictures, share, other, sync);
    }
}
