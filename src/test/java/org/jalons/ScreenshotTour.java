package org.jalons;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.PairingLink;
import org.jalons.syncui.QrPictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Renders the app offscreen (Monocle) into {@code assets/screenshots/} with the demo organisation. Every screen of
 * the screen table, walked by {@link EveryScreen#walk} in each {@link Variant} (language, easy-read, text size), goes
 * to {@code assets/screenshots/every-screen/<lang>[-easy][-200]-NN-<screen>.png}; the tours below add the states a
 * walk does not reach (form errors, dialogs, a conflict, a visit filled in, the dashboard's drill-down). Skipped in
 * the normal test run; run it with {@code mvn -B -q test -Dtest=ScreenshotTour -Djalons.screenshots=true}.
 */
@EnabledIfSystemProperty(named = "jalons.screenshots", matches = "true")
class ScreenshotTour extends EveryScreen {
    static final Path OUT = Path.of("assets", "screenshots");
    static final Path EVERY_SCREEN = OUT.resolve("every-screen");

    /** The ways a person can set the app up: each screen is shot once in each. */
    enum Variant {
        FRENCH(Language.FRENCH, false, 1.0),
        ENGLISH(Language.ENGLISH, false, 1.0),
        FRENCH_EASY_READ(Language.FRENCH, true, 1.0),
        ENGLISH_EASY_READ(Language.ENGLISH, true, 1.0),
        FRENCH_200(Language.FRENCH, false, 2.0),
        FRENCH_EASY_READ_200(Language.FRENCH, true, 2.0);

        final Language language;
        final boolean easyRead;
        final double textScale;

        Variant(Language language, boolean easyRead, double textScale) {
            this.language = language;
            this.easyRead = easyRead;
            this.textScale = textScale;
        }

        /** {@code fr}, {@code en-easy}, {@code fr-200}, {@code fr-easy-200}. */
        String prefix() {
            return language.tag()
                    + (easyRead ? "-easy" : "")
                    + (textScale == 1.0 ? "" : "-" + Math.round(textScale * 100));
        }
    }

    @TempDir
    Path home;

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** The same walk in every variant, in one app after another; the folder holds only this run's pictures. */
    @Test
    void everyScreenInEveryVariant() throws Exception {
        if (Files.isDirectory(EVERY_SCREEN)) {
            try (var old = Files.list(EVERY_SCREEN)) {
                for (Path png : old.toList()) {
                    Files.delete(png);
                }
            }
        }
        Files.createDirectories(EVERY_SCREEN);
        for (Variant variant : Variant.values()) {
            AtomicInteger n = new AtomicInteger();
            walk(
                    home.resolve(variant.prefix()),
                    variant.language,
                    variant.easyRead,
                    variant.textScale,
                    (screen, root) -> {
                        String name = String.format(
                                Locale.ROOT, "%s-%02d-%s", variant.prefix(), n.incrementAndGet(), fileName(screen));
                        write(EVERY_SCREEN, name, root.getScene().snapshot(null));
                        return List.of();
                    });
        }
    }

    /** The admin's screens on a desk's wide window, a line open beside each list: {@code desk/<lang>-NN-<screen>.png}. */
    @Test
    void adminAtADesk() throws Exception {
        Path desk = OUT.resolve("desk");
        for (Language language : List.of(Language.FRENCH, Language.ENGLISH)) {
            AtomicInteger n = new AtomicInteger();
            adminAtADesk(home.resolve("desk-" + language.tag()), language, (screen, root) -> {
                String name =
                        String.format(Locale.ROOT, "%s-%02d-%s", language.tag(), n.incrementAndGet(), fileName(screen));
                write(desk, name, root.getScene().snapshot(null));
                return List.of();
            });
        }
    }

    /** "GOAL_EDITOR (EditorTarget)" is {@code goal-editor}, "HOME_VISIT step 2" {@code home-visit-step-2}. */
    static String fileName(String screen) {
        return screen.replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The states the walk does not show: a form's errors, a wrong PIN. */
    @Test
    void french() throws Exception {
        tour(Language.FRENCH);
    }

    @Test
    void english() throws Exception {
        tour(Language.ENGLISH);
    }

    private void tour(Language language) throws Exception {
        String prefix = language.tag() + "-";
        new LanguageSetting(home).save(language);
        startApp(home);
        waitFor("#discover-demo");
        tap("#create-profile");
        tap("#create");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(prefix + "02-create-profile-errors");
        tap("#display-name").write("Alex");
        revealAndTap("#role-counsellor");
        revealAndTap("#pin");
        write("123456");
        revealAndTap("#pin-confirmation");
        write("123456");
        revealAndTap("#create");
        waitFor("#caseload");
        tap("#lock");
        waitFor("#unlock-pin");
        tap("#unlock-pin").write("000000");
        tap("#unlock");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(prefix + "04-unlock-wrong-pin");
    }

    // --- Sync screens, pairing and settings (org.jalons.syncui, org.jalons.settings) ---

    @Test
    void syncAndSettingsFrench() throws Exception {
        syncAndSettingsTour(Language.FRENCH, false);
    }

    @Test
    void syncAndSettingsEnglish() throws Exception {
        syncAndSettingsTour(Language.ENGLISH, false);
    }

    @Test
    void syncAndSettingsEasyReadFrench() throws Exception {
        syncAndSettingsTour(Language.FRENCH, true);
    }

    @Test
    void syncAndSettingsEasyReadEnglish() throws Exception {
        syncAndSettingsTour(Language.ENGLISH, true);
    }

    /**
     * A counsellor's own profile with a conflict and a refused change, then pairing (with the camera, or in
     * easy-read from a picture in the gallery) and the settings.
     */
    private void syncAndSettingsTour(Language language, boolean easyRead) throws Exception {
        String prefix = language.tag() + (easyRead ? "-easy-" : "-");
        new LanguageSetting(home).save(language);
        new org.jalons.ui.DisplayPreferences(home).easyReadProperty().set(easyRead);
        java.util.UUID samia = java.util.UUID.randomUUID();
        try (org.jalons.storage.LocalStore store = new org.jalons.storage.Profiles(
                        home, java.time.Clock.systemUTC(), 1000)
                .create("Alex", org.jalons.protocol.Vocabulary.Role.COUNSELLOR, "123456".toCharArray())) {
            store.beneficiaries()
                    .save(new org.jalons.domain.Beneficiary(
                            samia,
                            "Samia B.",
                            null,
                            java.time.LocalDate.of(2026, 3, 2),
                            null,
                            null,
                            java.util.List.of(),
                            null,
                            null));
            org.jalons.domain.Goal goal = store.goals()
                    .save(new org.jalons.domain.Goal(
                            java.util.UUID.randomUUID(),
                            samia,
                            org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            org.jalons.protocol.Vocabulary.ProposedBy.JOINT,
                            org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                            null,
                            java.time.LocalDate.of(2026, 4, 1),
                            null));
            store.conflicts()
                    .save(new org.jalons.domain.Conflict(
                            java.util.UUID.randomUUID(),
                            samia,
                            "goal",
                            goal.id(),
                            "phrasing",
                            "\"Je me sens capable de passer le permis B en mars\"",
                            "\"Je me sens capable de passer le code puis le permis\"",
                            1,
                            java.util.UUID.randomUUID(),
                            org.jalons.protocol.Vocabulary.ConflictStatus.OPEN,
                            null));
            store.barriers()
                    .save(new org.jalons.domain.Barrier(
                            java.util.UUID.randomUUID(),
                            samia,
                            org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.BarrierArea.MOBILITE),
                            org.jalons.protocol.Vocabulary.BarrierStatus.BESOIN,
                            "Pas de voiture, bus rare le matin"));
            org.jalons.storage.OutboxEntry last =
                    store.outbox().pending(100).get(store.outbox().pendingCount() - 1);
            store.database().inTransaction(c -> {
                store.outbox().reject(c, last.changeId(), 422, "note must be at most 4000 characters");
                return null;
            });
        }
        try (okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer()) {
            server.setDispatcher(new SyncAndSettingsAppTest.FakeServer());
            server.start();
            // The camera "takes" a photo of the pairing QR code another phone shows.
            QrPictures.Pixels qrPhoto = QrPictures.photo(
                    QrPictures.qr(new PairingLink(server.url("/").toString(), "K7P2QX9M").uri(), 100),
                    1200,
                    900,
                    420,
                    600,
                    450,
                    6,
                    0.8,
                    4,
                    1);
            Path photo = QrPictures.jpeg(qrPhoto, home.resolve("camera").resolve("qr.jpg"));
            startApp(home, c -> c.withPictures(() -> java.util.Optional.of(photo)));
            tap("#unlock-pin").write("123456");
            tap("#unlock");
            waitFor("#caseload");
            waitUntil(() -> lookup("#sync-state-icon")
                    .queryAs(org.kordamp.ikonli.javafx.FontIcon.class)
                    .getIconCode()
                    .equals(org.kordamp.ikonli.material2.Material2AL.ERROR_OUTLINE));
            shoot(prefix + "20-sync-bar-on-home");
            tap("#sync-open");
            tap("#sync-details-open");
            waitFor("#sync-screen-now");
            shoot(prefix + "21-sync-status");
            tap("#sync-to-conflicts");
            waitFor(".conflict-card");
            tap("#combine");
            shoot(prefix + "22-conflicts");
            tap("#back");
            tap("#sync-to-rejected");
            waitFor(".rejected-card");
            shoot(prefix + "23-rejected");
            tap("#discard-rejected");
            waitFor("#confirm-dialog");
            shootDialog(prefix + "24-rejected-discard-confirm");
            tap("#confirm-no");
            tap("#back");
            tap("#sync-to-pair-device");
            tap(easyRead ? "#pair-gallery" : "#pair-scan");
            waitFor("#pair-scanned");
            shoot(prefix + "25-pair-this-phone");
            revealAndTap("#pair");
            // "this phone is linked" is said by a snackbar
            waitUntil(() -> lookup("#snackbar-text").tryQuery().isPresent()
                    && !textOf("#snackbar-text").isEmpty());
            shoot(prefix + "26-paired");
            tap("#back");
            // In French easy-read the sync screen, once the phone is paired, is longer than the window: its last
            // button sits under the bottom navigation, which a tap at its place would hit instead.
            revealAndTap("#sync-to-pairing-code");
            revealAndTap("#pairing-person-0");
            revealAndTap("#issue-code");
            waitUntil(() -> !textOf("#pairing-code").isEmpty());
            shoot(prefix + "27-pairing-code-qr");
            tap("#back");
            tap("#back");
            waitFor("#open-settings");
            tap("#open-settings");
            waitFor("#wipe");
            if (easyRead) {
                reveal("#wipe");
                shoot(prefix + "28b-settings-security-and-wipe");
            }
            revealAndTap("#change-pin");
            waitFor("#pin-current");
            tap("#back");
            revealAndTap("#wipe");
            waitFor("#confirm-dialog");
            shootDialog(prefix + "30-wipe-confirm");
            tap("#confirm-no");
        }
    }

    // --- A person's journal (org.jalons.journal): the counsellor's and the person's, an entry read in full ---

    @Test
    void journalInFrenchEnglishAndEasyRead() throws Exception {
        for (Variant variant :
                List.of(Variant.FRENCH, Variant.ENGLISH, Variant.FRENCH_EASY_READ, Variant.ENGLISH_EASY_READ)) {
            journalTour(home.resolve("journal-" + variant.prefix()), variant);
            stopApp();
        }
    }

    /**
     * Samia's journal as her counsellor reads it (the list, then filtered to interviews, then one read in full), then
     * as she reads it on her own phone; into {@code assets/screenshots/journal/<variant>-<screen>.png}.
     */
    private void journalTour(Path at, Variant variant) throws Exception {
        Path out = OUT.resolve("journal");
        AtomicReference<org.jalons.session.AppServices> context = asDemoCounsellor(at, variant);
        String prefix = variant.prefix() + "-";
        java.util.UUID samia = org.jalons.storage.DemoOrganisation.SAMIA;
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL, samia));
        waitFor("#journal-list");
        shoot(out, prefix + "journal");
        tap("#journal-kind");
        waitFor("#journal-kinds-interview");
        shoot(out, prefix + "journal-kinds");
        tap("#journal-kinds-interview");
        shoot(out, prefix + "journal-interviews");
        org.jalons.journal.JournalEntry interview = org.jalons.journal.Journal.read(
                        context.get().store(), samia, context.get().zone())
                .filtered(org.jalons.journal.JournalFilter.ALL.withKind(org.jalons.journal.JournalKind.INTERVIEW))
                .get(0);
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL_ENTRY, interview));
        waitFor("#journal-entry");
        shoot(out, prefix + "journal-entry");
        interact(() -> context.get().lock()); // no profile of one's own: back to the first run
        revealAndTap("#discover-demo");
        revealAndTap("#demo-beneficiary");
        waitFor(".goal-card");
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.MY_JOURNAL));
        waitFor("#journal-list");
        shoot(out, prefix + "my-journal");
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.MY_JOURNAL_ENTRY, interview));
        waitFor("#journal-entry");
        shoot(out, prefix + "my-journal-entry");
    }

    /** The app started in {@code at} in a variant's language and reading mode, on the demo counsellor's caseload. */
    private AtomicReference<org.jalons.session.AppServices> asDemoCounsellor(Path at, Variant variant)
            throws Exception {
        Files.createDirectories(at);
        new LanguageSetting(at).save(variant.language);
        new org.jalons.ui.DisplayPreferences(at).easyReadProperty().set(variant.easyRead);
        AtomicReference<org.jalons.session.AppServices> context = new AtomicReference<>();
        startApp(at, c -> {
            context.set(c);
            return c;
        });
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        return context;
    }

    // --- The people's words: shared words, the récit de parcours, questionnaires as data, corrections ---

    @Test
    void peoplesWordsInFrenchEnglishAndEasyRead() throws Exception {
        for (Variant variant :
                List.of(Variant.FRENCH, Variant.ENGLISH, Variant.FRENCH_EASY_READ, Variant.ENGLISH_EASY_READ)) {
            wordsTour(home.resolve("words-" + variant.prefix()), variant);
            stopApp();
        }
    }

    /**
     * The screens of the people's own words, as a counsellor and as the person see them, into
     * {@code assets/screenshots/words/<variant>-<screen>.png}: words waiting for a re-read in the file, the récit de
     * parcours card, a questionnaire's editor, an interview corrected (the editor, the entry,
     * its history), then the person's sharing switch under their
     * words in «Mes progrès» and their questionnaires.
     */
    private void wordsTour(Path at, Variant variant) throws Exception {
        Path out = OUT.resolve("words");
        AtomicReference<org.jalons.session.AppServices> context = asDemoCounsellor(at, variant);
        String prefix = variant.prefix() + "-";
        java.util.UUID samia = org.jalons.storage.DemoOrganisation.SAMIA;
        EveryScreen.shareANote(context.get(), samia);
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.BENEFICIARY_FILE, samia));
        revealAndTap("#tab-interviews");
        waitFor("#words-to-reread");
        reveal("#words-to-reread");
        shoot(out, prefix + "words-to-reread");
        interact(() -> context.get()
                .navigator()
                .goTo(org.jalons.ui.Screen.PARCOURS_EXPORT, org.jalons.storage.DemoOrganisation.AMINATA));
        waitFor("#monograph-card");
        shoot(out, prefix + "recit-de-parcours");
        // composing needs the server (a demo has none: the desk walk shoots the organisation's list); its editor
        interact(() -> context.get()
                .navigator()
                .goTo(
                        org.jalons.ui.Screen.QUESTIONNAIRE_EDITOR,
                        org.jalons.visit.compose.QuestionnaireDraft.from(
                                org.jalons.domain.questionnaire.QuestionnaireCatalog.pouvoirAgir())));
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "questionnaire-editor");
        // an interview corrected: the editor, the entry with its «modifié le … par …» line, and its history
        java.util.function.Supplier<org.jalons.journal.JournalEntry> interview = () -> org.jalons.journal.Journal.read(
                        context.get().store(), samia, context.get().zone())
                .filtered(org.jalons.journal.JournalFilter.ALL.withKind(org.jalons.journal.JournalKind.INTERVIEW))
                .get(0);
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL_CORRECT, interview.get()));
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "correct-interview");
        org.jalons.journal.JournalEntry original = interview.get();
        org.jalons.journal.Correction.write(
                context.get().store(),
                original,
                original.title(),
                original.text() + " Elle a trouvé une voisine pour garder les enfants le mercredi.",
                original.more(),
                context.get().clock().instant());
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL_ENTRY, interview.get()));
        waitFor("#journal-entry");
        shoot(out, prefix + "corrected-interview");
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL_HISTORY, interview.get()));
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "interview-history");
        interact(() -> context.get().lock()); // no profile of one's own: back to the first run
        revealAndTap("#discover-demo");
        revealAndTap("#demo-beneficiary");
        waitFor(".goal-card");
        EveryScreen.shareANote(context.get(), context.get().store().profile().beneficiaryId());
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.MY_PROGRESS));
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "my-progress-sharing");
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.MY_QUESTIONNAIRES));
        waitFor("#my-questionnaire-list");
        shoot(out, prefix + "my-questionnaires");
    }

    // --- Counsellor screens: caseload filters, file, editors, home visit, questionnaire ---

    @Test
    void counsellorFrench() throws Exception {
        counsellorTour(Language.FRENCH);
    }

    @Test
    void counsellorEnglish() throws Exception {
        counsellorTour(Language.ENGLISH);
    }

    private void counsellorTour(Language language) throws Exception {
        String prefix = language.tag() + "-";
        new LanguageSetting(home).save(language);
        AtomicReference<org.jalons.session.AppServices> context = new AtomicReference<>();
        startApp(home, c -> {
            context.set(c);
            return c;
        });
        tap("#discover-demo");
        tap("#demo-counsellor");
        waitFor("#caseload");
        ListView<?> caseload = lookup("#caseload").queryListView();
        waitUntil(() -> caseload.getItems().size() == 3);
        tap("#filter-attention");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "20-caseload-attention");
        tap("#filter-all");
        clickOn(lookup(".person-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        waitFor("#file-sections .screen-heading");
        // The file's tabs, each shown by a tap: its content is built then.
        for (String[] part : new String[][] {
            {"#tab-barriers", "#barriers", "22-file-barriers"},
            {"#tab-parcours", "#goals", "23-file-goals-chart"},
            {"#tab-parcours", ".confidence-chart", "24-file-chart"},
            {"#tab-parcours", "#trainings", "25-file-trainings"},
            {"#tab-interviews", "#interviews", "26-file-interviews"},
            {"#tab-profile", "#consents", "27-file-consents"},
            {"#tab-exit", "#exit", "28-file-exit"}
        }) {
            Scrolling.reveal(lookup(part[0]).query(), 60);
            clickOn(part[0]);
            waitFor(part[1]);
            Scrolling.reveal(lookup(part[1]).query(), 60);
            shoot(prefix + part[2]);
        }
        clickOn("#edit-exit");
        waitFor("#exit-exitDate");
        shoot(prefix + "29-exit-editor");
        tap("#back");
        Scrolling.reveal(lookup("#tab-parcours").query(), 60);
        clickOn("#tab-parcours");
        waitFor("#add-goal");
        Scrolling.reveal(lookup("#add-goal").query());
        clickOn("#add-goal");
        waitFor("#goal-phrasing");
        clickOn("#goal-phrasing");
        clickOn("#goal-proposedBy");
        type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "30-goal-editor-errors");
        tap("#back");
        waitFor("#add-training");
        Scrolling.reveal(lookup("#add-training").query());
        clickOn("#add-training");
        waitFor("#training-title");
        clickOn("#training-title").write("CACES R489");
        Scrolling.reveal(lookup("#training-plannedHours").query());
        clickOn("#training-plannedHours").write("-3");
        Scrolling.reveal(lookup("#training-startDate").query());
        clickOn("#training-startDate")
                .write(language == Language.FRENCH ? "10/12/2026" : "12/10/26")
                .type(javafx.scene.input.KeyCode.TAB);
        clickOn("#training-endDate")
                .write(language == Language.FRENCH ? "01/12/2026" : "12/1/26")
                .type(javafx.scene.input.KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents(3);
        Scrolling.reveal(lookup("#training-plannedHours").query(), 20);
        shoot(prefix + "31-training-errors");
        tap("#back");
        // the training draft stays; photograph the visit next
        waitFor("#start-visit");
        Scrolling.reveal(lookup("#start-visit").query());
        clickOn("#start-visit");
        waitFor("#visit-step");
        shoot(prefix + "32-visit-start");
        tap("#visit-next");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "33-visit-barriers");
        tap("#visit-next");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "34-visit-goals");
        tap("#visit-next");
        waitFor("#rating-self-0");
        clickOn("#rating-self-0-8");
        Scrolling.reveal(lookup("#rating-counsellor-0-6").query());
        clickOn("#rating-counsellor-0-6");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "35-visit-rating");
        // Each voice its comment; the gap between the two ratings and its question, answered.
        boolean fr = language == Language.FRENCH;
        for (String[] typed : new String[][] {
            {"#rating-self-comment-0", fr ? "Le code, je le connais." : "I know the highway code."},
            {
                "#rating-counsellor-comment-0",
                fr ? "La conduite en ville reste difficile." : "City driving is still hard."
            },
            {
                "#rating-gap-answer-0",
                fr ? "Samia pense au code, moi à la conduite." : "Samia thinks of the code, I of driving."
            }
        }) {
            Scrolling.reveal(lookup(typed[0]).query());
            clickOn(typed[0]).write(typed[1]);
        }
        Scrolling.reveal(lookup("#rating-gap-box-0").query());
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "35-visit-rating-gap");
        tap("#visit-next");
        waitFor("#visit-notes");
        clickOn("#visit-notes")
                .write(
                        language == Language.FRENCH
                                ? "Samia a révisé le code avec sa voisine."
                                : "Samia revised the highway code with her neighbour.");
        shoot(prefix + "36-visit-notes");
        tap("#visit-next");
        waitFor("#visit-summary");
        shoot(prefix + "37-visit-summary");
        tap("#visit-next");
        waitFor("#start-questionnaire");
        Scrolling.reveal(lookup("#start-questionnaire").query());
        clickOn("#start-questionnaire");
        waitFor("#questionnaire-item");
        shoot(prefix + "38-questionnaire-item");
        for (int i = 0; i < 30 && lookup("#questionnaire-score").tryQuery().isEmpty(); i++) {
            clickOn("#likert-" + (1 + i % 4));
            WaitForAsyncUtils.waitForFxEvents(2);
        }
        waitFor("#questionnaire-score");
        shoot(prefix + "39-questionnaire-result");
        followUpAndStepsTour(prefix, context.get());
    }

    /** The six-month follow-up (Aminata left seven months ago), goal steps, the questionnaire in easy-read. */
    private void followUpAndStepsTour(String prefix, org.jalons.session.AppServices context) throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now();
        org.jalons.caseload.ExitEditorModel exit = new org.jalons.caseload.ExitEditorModel(
                context.store(),
                new org.jalons.ui.DirectBackground(),
                org.jalons.caseload.EditorTarget.create(org.jalons.storage.DemoOrganisation.AMINATA),
                context.messages(),
                today);
        exit.value("exitDate").set(today.minusMonths(7).toString());
        exit.value("category").set("EMPLOI_TRANSITION");
        exit.commit();
        interact(() -> context.navigator().goTo(org.jalons.ui.Screen.COUNSELLOR_HOME));
        ListView<?> caseload = lookup("#caseload").queryListView();
        waitUntil(() -> caseload.getItems().size() == 3);
        tap("#filter-attention");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "51-caseload-follow-up-due");
        clickOn(lookup(".person-name").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.getText().equals("Aminata D."))
                .findFirst()
                .orElseThrow());
        waitFor("#record-follow-up-top");
        shoot(prefix + "52-file-follow-up-due");
        tap("#record-follow-up-top");
        waitFor("#follow-up-context");
        interact(() -> lookup("#followUp-situation")
                .queryComboBox()
                .getSelectionModel()
                .select("EMPLOI_DURABLE"));
        clickOn("#followUp-comment")
                .write(
                        prefix.startsWith("fr")
                                ? "CDI chez un paysagiste depuis septembre"
                                : "Permanent job with a gardener since September");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(prefix + "53-follow-up-editor");
        tap("#done");
        waitFor("#tab-exit");
        Scrolling.reveal(lookup("#tab-exit").query(), 60);
        clickOn("#tab-exit");
        waitFor("#exit");
        Scrolling.reveal(lookup("#exit").query(), 60);
        shoot(prefix + "54-file-follow-up-done");

        org.jalons.domain.Goal permis =
                context.store().goals().forBeneficiary(org.jalons.storage.DemoOrganisation.SAMIA).stream()
                        .filter(g -> g.phrasing().contains("permis"))
                        .findFirst()
                        .orElseThrow();
        interact(() -> context.navigator()
                .goTo(
                        org.jalons.ui.Screen.GOAL_EDITOR,
                        new org.jalons.caseload.EditorTarget(org.jalons.storage.DemoOrganisation.SAMIA, permis.id())));
        waitFor("#step-name-0");
        Scrolling.reveal(lookup("#steps").query(), 20);
        shoot(prefix + "55-goal-editor-steps");
        tap("#step-delete-0");
        waitFor("#confirm-dialog");
        shootDialog(prefix + "56-step-delete-confirm");
        tap("#confirm-no");

        interact(() -> context.navigator()
                .goTo(org.jalons.ui.Screen.QUESTIONNAIRE, org.jalons.storage.DemoOrganisation.THOMAS));
        waitFor("#questionnaire-easy-read");
        tap("#questionnaire-easy-read");
        waitFor("#questionnaire-pictogram");
        shoot(prefix + "57-questionnaire-easy-read");
    }

    /** A dialog is a window of its own: its scene is shot on its own. */
    @Test
    void dashboardAndExportFrench() throws Exception {
        dashboardAndExportTour(Language.FRENCH);
    }

    @Test
    void dashboardAndExportEnglish() throws Exception {
        dashboardAndExportTour(Language.ENGLISH);
    }

    /** The supervisor's dashboard (figures from a fake server, hidden cells), then a person's own export. */
    private void dashboardAndExportTour(Language language) throws Exception {
        String prefix = language.tag() + "-";
        new LanguageSetting(home).save(language);
        org.jalons.platform.FakeShareService share = new org.jalons.platform.FakeShareService();
        java.util.function.UnaryOperator<org.jalons.session.AppServices> fakeShare = c -> c.withShare(share);
        try (okhttp3.mockwebserver.MockWebServer server = new okhttp3.mockwebserver.MockWebServer()) {
            server.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
                @Override
                public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
                    String path = request.getPath() == null ? "" : request.getPath();
                    if (path.contains("theme=FRANCAIS")) {
                        return new okhttp3.mockwebserver.MockResponse()
                                .setBody(org.jalons.supervisor.SummaryJsonSamples.wholeHidden());
                    }
                    if (path.startsWith("/api/v1/summary")) {
                        return new okhttp3.mockwebserver.MockResponse()
                                .setBody(org.jalons.supervisor.SummaryJsonSamples.quarter());
                    }
                    if (path.startsWith("/api/v1/sync/pull")) {
                        return new okhttp3.mockwebserver.MockResponse()
                                .setBody("{\"records\":[],\"cursor\":0,\"hasMore\":false,\"scope\":[]}");
                    }
                    return new okhttp3.mockwebserver.MockResponse().setBody("{\"results\":[]}");
                }
            });
            server.start();
            try (org.jalons.storage.LocalStore store = new org.jalons.storage.Profiles(
                            home, java.time.Clock.systemUTC(), 1000)
                    .create("Direction", org.jalons.protocol.Vocabulary.Role.SUPERVISOR, "123456".toCharArray())) {
                org.jalons.sync.TestPairing.pair(store, server.url("/").toString(), "SUPERVISOR");
            }
            startApp(home, fakeShare);
            tap("#unlock-pin").write("123456");
            tap("#unlock");
            waitFor("#open-dashboard");
            shoot(prefix + "40-supervisor-home-with-dashboard");
            tap("#open-dashboard");
            waitFor("#card-goals");
            shoot(prefix + "41-dashboard-top");
            reveal("#chart-confidence");
            shoot(prefix + "42-dashboard-confidence");
            reveal("#card-goals");
            shoot(prefix + "43-dashboard-goals-hidden-cells");
            reveal("#card-exits");
            shoot(prefix + "44-dashboard-exits");
            reveal("#drill-goals-MOBILITE");
            tap("#drill-goals-MOBILITE");
            waitUntil(() -> !textOf("#k-explanation").isEmpty());
            reveal("#k-explanation");
            shoot(prefix + "45-dashboard-drill-stops-at-k");
            reveal("#drill-goals-FRANCAIS");
            tap("#drill-goals-FRANCAIS");
            waitFor("#drill-up");
            reveal("#filters");
            shoot(prefix + "46-dashboard-whole-group-hidden");
            tap("#filters");
            waitFor("#filter-apply");
            shoot(prefix + "47-dashboard-filters");
        } finally {
            stopApp();
        }
        java.nio.file.Path personHome = Files.createDirectories(home.resolve("person"));
        new LanguageSetting(personHome).save(language);
        try (org.jalons.storage.LocalStore store = new org.jalons.storage.Profiles(
                        personHome, java.time.Clock.systemUTC(), 1000)
                .create("Samia", org.jalons.protocol.Vocabulary.Role.BENEFICIARY, "123456".toCharArray())) {
            store.goals()
                    .save(new org.jalons.domain.Goal(
                            java.util.UUID.randomUUID(),
                            store.profile().beneficiaryId(),
                            org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.GoalTheme.MOBILITE),
                            "Je me sens capable de passer le permis B",
                            org.jalons.protocol.Vocabulary.ProposedBy.JOINT,
                            org.jalons.protocol.Vocabulary.GoalStatus.EN_COURS,
                            null,
                            java.time.LocalDate.of(2026, 4, 1),
                            null));
        }
        startApp(personHome, fakeShare);
        tap("#unlock-pin").write("123456");
        tap("#unlock");
        waitFor("#open-export");
        shoot(prefix + "48-my-parcours-with-export-action");
        tap("#open-export");
        tap("#export-json");
        waitUntil(() -> !share.shared.isEmpty());
        shoot(prefix + "49-export-done");
        Files.write(home.resolve("bad.json"), "{\"format\":\"jalons-parcours\",\"formatVersion\":9}".getBytes());
        share.fileToPick = home.resolve("bad.json");
        tap("#import-json");
        waitUntil(() -> !textOf("#export-error").isEmpty());
        reveal("#export-error");
        shoot(prefix + "50-import-refused");
    }

    private void shootDialog(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() ->
                        image.set(lookup("#confirm-dialog").query().getScene().snapshot(null)))
                .get();
        write(name, image.get());
    }

    private static void write(String name, WritableImage image) {
        write(OUT, name, image);
    }

    private static void write(Path folder, String name, WritableImage image) {
        BufferedImage png = SwingFXUtils.fromFXImage(image, null);
        try {
            Files.createDirectories(folder);
            ImageIO.write(png, "png", folder.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- "Mon parcours", the person followed (beneficiary screens), as Samia of the demo ---

    @TempDir
    Path camera;

    @Test
    void beneficiaryFrench() throws Exception {
        beneficiaryTour(Language.FRENCH, false);
    }

    @Test
    void beneficiaryEnglish() throws Exception {
        beneficiaryTour(Language.ENGLISH, false);
    }

    @Test
    void beneficiaryEasyReadFrench() throws Exception {
        beneficiaryTour(Language.FRENCH, true);
    }

    @Test
    void beneficiaryEasyReadEnglish() throws Exception {
        beneficiaryTour(Language.ENGLISH, true);
    }

    private void beneficiaryTour(Language language, boolean easyRead) throws Exception {
        String p = language.tag() + (easyRead ? "-my-easy-" : "-my-");
        new LanguageSetting(home).save(language);
        var pictures = new org.jalons.beneficiary.FakePictureSource(camera);
        startApp(home, c -> c.withPictures(pictures));
        if (easyRead) {
            tap("#easy-read");
            shoot(p + "00-first-run-easy-read");
        }
        tap("#discover-demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        reveal("#my-trainings");
        shoot(p + "02-home-trainings");
        tap("#fab");
        waitFor("#add-note");
        shoot(p + "03-home-add");
        tap("#back");
        waitFor(".goal-card");

        if (easyRead) {
            reveal("#check-in-any");
            tap("#check-in-any");
            waitFor("#question");
            shoot(p + "04-check-in-which-goal");
            tap(".goal-choice");
            waitFor("#rating-scale");
            shoot(p + "05-check-in-feeling");
            tap("#rate-7");
            waitFor("#check-in-comment");
            shoot(p + "06-check-in-anything");
        } else {
            reveal(".check-in-button");
            tap(".check-in-button");
            waitFor("#rating-scale");
            tap("#rate-7");
            shoot(p + "05-check-in");
            revealAndTap("#check-in-comment");
            write(language == Language.FRENCH ? "Le code blanc s’est bien passé" : "The mock test went well");
            reveal("#save-check-in");
            shoot(p + "06-check-in-comment");
        }
        revealAndTap("#save-check-in");
        waitFor("#thanks");
        shoot(p + "07-check-in-thanks");
        tap("#done");
        waitFor(".goal-card");

        revealAndTap("#my-progress");
        waitFor(".progress-chart");
        reveal("#milestones");
        shoot(p + "09-progress-milestones");
        // What each voice said with its ratings, under the goal's chart.
        reveal(".my-voices");
        shoot(p + "09-progress-words");
        tap("#back");

        revealAndTap(".my-goal-open");
        waitFor("#step-0");
        shoot(p + "15-my-goal-steps");
        tap("#back");
        waitFor(".goal-card");
        reveal("#my-notes");
        shoot(p + "16-home-my-notes");

        if (easyRead) {
            easyReadFormsTour(p, language);
            return;
        }
        openAdd();
        revealAndTap("#add-goal");
        revealAndTap("#save-goal");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        reveal("#save-goal");
        shoot(p + "10-new-goal-errors");
        reveal("#theme-grid");
        tap("#theme-MOBILITE");
        shoot(p + "11-new-goal-theme");
        tap("#back");

        openAdd();
        revealAndTap("#add-step");
        waitFor("#step-label");
        shoot(p + "12-new-step");
        tap("#back");

        openAdd();
        revealAndTap("#add-training");
        tap("#training-title")
                .write(language == Language.FRENCH ? "Sauveteur secouriste du travail" : "Workplace first aid");
        revealAndTap("#status-SUIVIE");
        revealAndTap("#add-picture");
        waitFor("#picture-preview");
        reveal("#add-picture");
        shoot(p + "13-new-training-photo");
        tap("#back");

        openAdd();
        revealAndTap("#add-note");
        String longNote = (language == Language.FRENCH
                        ? "Aujourd’hui j’ai fini le module. "
                        : "Today I finished the module. ")
                .repeat(150);
        interact(() -> lookup("#note-text")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText(longNote));
        revealAndTap("#save-note");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        reveal("#save-note");
        shoot(p + "14-new-note-too-long");
    }

    /** In easy-read, the same forms ask one question per screen. */
    private void easyReadFormsTour(String p, Language language) throws Exception {
        openAdd();
        revealAndTap("#add-goal");
        waitFor("#wizard");
        revealAndTap("#wizard-next");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(p + "10-new-goal-errors");
        revealAndTap("#theme-MOBILITE");
        shoot(p + "11-new-goal-theme");
        revealAndTap("#wizard-next");
        waitFor("#goal-words");
        shoot(p + "11b-new-goal-words");
        tap("#back");

        openAdd();
        revealAndTap("#add-step");
        waitFor("#wizard");
        shoot(p + "12-new-step");
        revealAndTap("#wizard-next");
        waitFor("#step-label");
        tap("#step-label").write(language == Language.FRENCH ? "Appeler l’auto-école" : "Call the driving school");
        revealAndTap("#wizard-next");
        waitFor("#step-due");
        shoot(p + "12b-new-step-when");
        tap("#back");

        openAdd();
        revealAndTap("#add-training");
        waitFor("#training-title");
        tap("#training-title")
                .write(language == Language.FRENCH ? "Sauveteur secouriste du travail" : "Workplace first aid");
        revealAndTap("#wizard-next");
        revealAndTap("#wizard-next");
        waitFor("#status-SUIVIE");
        revealAndTap("#status-SUIVIE");
        revealAndTap("#wizard-next");
        revealAndTap("#add-picture");
        waitFor("#picture-preview");
        shoot(p + "13-new-training-photo");
        tap("#back");

        openAdd();
        revealAndTap("#add-note");
        String longNote = (language == Language.FRENCH
                        ? "Aujourd’hui j’ai fini le module. "
                        : "Today I finished the module. ")
                .repeat(150);
        interact(() -> lookup("#note-text")
                .queryAs(javafx.scene.control.TextArea.class)
                .setText(longNote));
        revealAndTap("#wizard-save");
        waitUntil(() -> !textOf(".field-error").isEmpty());
        shoot(p + "14-new-note-too-long");
    }

    private void shoot(String name) throws Exception {
        shoot(OUT, name);
    }

    private void shoot(Path folder, String name) throws Exception {
        moveTo((javafx.scene.Node) lookup("#screen-title").query());
        WaitForAsyncUtils.waitForFxEvents(3);
        AtomicReference<WritableImage> image = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() ->
                        image.set(lookup("#screen-title").query().getScene().snapshot(null)))
                .get();
        write(folder, name, image.get());
    }

    // --- The third voice: observations at work (work supervisor, counsellor, person) ---

    @Test
    void thirdVoiceInFrenchEnglishAndEasyRead() throws Exception {
        for (Variant variant : List.of(Variant.FRENCH, Variant.ENGLISH, Variant.FRENCH_EASY_READ)) {
            workTour(home.resolve("work-" + variant.prefix()), variant);
            stopApp();
        }
    }

    /**
     * Observations at work, into {@code assets/screenshots/work/<variant>-<screen>.png}: the counsellor's file (the
     * last observation, the chart's third line) and an observation in the journal; the work supervisor's team, a
     * person's observations, a new observation and one to change; the person's «Au travail» in «Mon parcours».
     */
    private void workTour(Path at, Variant variant) throws Exception {
        Path out = OUT.resolve("work");
        AtomicReference<org.jalons.session.AppServices> context = asDemoCounsellor(at, variant);
        String prefix = variant.prefix() + "-";
        java.util.UUID samia = org.jalons.storage.DemoOrganisation.SAMIA;
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.BENEFICIARY_FILE, samia));
        waitFor("#file-last-observation");
        waitUntil(() -> !lookup(".ratings-chart").queryAll().isEmpty());
        reveal(".ratings-chart");
        shoot(out, prefix + "file-chart-at-work");
        org.jalons.journal.JournalEntry atWork = org.jalons.journal.Journal.read(
                        context.get().store(), samia, context.get().zone())
                .filtered(org.jalons.journal.JournalFilter.ALL.withKind(org.jalons.journal.JournalKind.AT_WORK))
                .get(0);
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.JOURNAL_ENTRY, atWork));
        waitFor("#journal-entry");
        shoot(out, prefix + "journal-at-work");

        interact(() -> context.get().lock());
        revealAndTap("#discover-demo");
        revealAndTap("#demo-work_supervisor");
        waitFor("#work-team");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "work-team");
        interact(() -> context.get().navigator().goTo(org.jalons.ui.Screen.WORK_PERSON, samia));
        waitFor("#work-person");
        WaitForAsyncUtils.waitForFxEvents(3);
        shoot(out, prefix + "work-person");
        interact(() -> context.get()
                .navigator()
                .goTo(org.jalons.ui.Screen.WORK_OBSERVATION, new org.jalons.work.WorkScreens.Target(samia, null)));
        waitFor("#work-observation");
        shoot(out, prefix + "work-observation-new");
        java.util.UUID last = org.jalons.work.WorkTeam.observationsOf(
                        context.get().store(), samia)
                .get(0)
                .id();
        interact(() -> context.get()
                .navigator()
                .goTo(org.jalons.ui.Screen.WORK_OBSERVATION, new org.jalons.work.WorkScreens.Target(samia, last)));
        waitFor("#work-observation");
        shoot(out, prefix + "work-observation-edit");

        interact(() -> context.get().lock());
        revealAndTap("#discover-demo");
        revealAndTap("#demo-beneficiary");
        waitFor(".goal-card");
        waitUntil(() -> !lookup(".my-work-observation").queryAll().isEmpty());
        reveal(".my-work-observation");
        shoot(out, prefix + "my-work");
    }

    /** "Mon parcours" adds through its floating button; back from a form, the choices are already on screen. */
    private void openAdd() {
        WaitForAsyncUtils.waitForFxEvents();
        if (lookup("#add-note").tryQuery().isEmpty()) {
            tap("#fab");
        }
        waitFor("#add-note");
    }
}
