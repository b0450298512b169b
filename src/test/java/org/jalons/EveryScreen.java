package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListView;
import org.jalons.caseload.BeneficiaryFile;
import org.jalons.caseload.EditorTarget;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.Exit;
import org.jalons.domain.Goal;
import org.jalons.domain.MyCounsellor;
import org.jalons.i18n.Language;
import org.jalons.i18n.LanguageSetting;
import org.jalons.protocol.Vocabulary.ExitCategory;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.session.AppServices;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DisplayPreferences;
import org.jalons.ui.Screen;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens every screen of the screen table ({@code AppScreens}) as the real app shows it, in each role of the demo
 * organisation (and the unlock and first-run screens before), each step of a home visit included, and hands the
 * scene of each to a check. A check returns what it found wrong, each line naming the screen.
 */
abstract class EveryScreen extends RealAppTest {
    private AppServices services;

    /** The screens walked, so that a test can say it saw them all. */
    final List<String> seen = new ArrayList<>();

    /**
     * Walks every screen in {@code language}, with easy-read and the text size as given, and returns what {@code
     * check} found on them (screen name, scene root).
     */
    List<String> walk(
            Path home,
            Language language,
            boolean easyRead,
            double textScale,
            BiFunction<String, Parent, List<String>> check)
            throws Exception {
        display(home, language, easyRead, textScale);
        try (LocalStore own =
                new Profiles(home, Clock.systemUTC(), 1000).create("Alex", Role.COUNSELLOR, "123456".toCharArray())) {
            own.profile(); // an own profile, so that the app opens on the unlock screen
        }
        startApp(home, s -> {
            services = s;
            return s;
        });
        List<String> found = new ArrayList<>();
        waitFor("#unlock-pin");
        look(Screen.UNLOCK.name(), check, found);
        show(Screen.FIRST_RUN, null, check, found);
        show(Screen.CREATE_PROFILE, null, check, found);
        show(Screen.DEMO, null, check, found);

        // At 200 % in easy-read, the demo's choices and the unlock screen's link can sit below the window's edge.
        revealAndTap("#demo-counsellor");
        waitFor("#caseload");
        ListView<?> caseload = lookup("#caseload").queryListView();
        waitUntil(() -> !caseload.getItems().isEmpty());
        look(Screen.COUNSELLOR_HOME.name(), check, found);
        show(Screen.AGENDA, null, check, found);
        UUID samia = DemoOrganisation.SAMIA;
        UUID goal = firstGoal(samia);
        show(Screen.BENEFICIARY_FILE, samia, check, found);
        // Words Samia shared with the structure, waiting in her file's interviews tab for a re-read with her.
        shareANote(services, samia);
        show(Screen.BENEFICIARY_FILE, samia, check, found);
        revealAndTap("#tab-interviews");
        waitFor("#words-to-reread");
        look(Screen.BENEFICIARY_FILE.name() + " (words to re-read)", check, found);
        show(Screen.PROFILE_EDITOR, samia, check, found);
        show(Screen.NEW_PERSON, null, check, found);
        // Samia's file made a second time on another phone: the two files compared, before a merge.
        org.jalons.domain.Beneficiary samiaHere =
                services.store().beneficiaries().find(samia).orElseThrow();
        org.jalons.domain.Beneficiary again = new org.jalons.domain.Beneficiary(
                org.jalons.domain.JalonsRecord.newId(),
                samiaHere.displayName(),
                null,
                samiaHere.entryDate(),
                null,
                null,
                List.of(),
                null,
                "Autre site",
                null,
                null);
        services.store().beneficiaries().save(again);
        show(Screen.PERSON_MERGE, new org.jalons.caseload.LikelyDuplicates.Pair(samiaHere, again), check, found);
        services.store().beneficiaries().delete(again.id());
        show(Screen.GOAL_EDITOR, EditorTarget.create(samia), check, found);
        // Samia proposed her goal reached from her phone: the editor opens with the proposal to answer.
        Goal proposed = services.store().goals().find(goal).orElseThrow();
        services.store()
                .goals()
                .save(proposed.withProposal(
                        org.jalons.protocol.Vocabulary.ProposedStatus.ATTEINT,
                        services.clock().instant()));
        show(Screen.GOAL_EDITOR, new EditorTarget(samia, goal), check, found);
        show(Screen.TRAINING_EDITOR, EditorTarget.create(samia), check, found);
        show(Screen.BARRIER_EDITOR, EditorTarget.create(samia), check, found);
        show(Screen.EXIT_EDITOR, EditorTarget.create(samia), check, found);
        // A follow-up is about a person who left: Thomas leaves first.
        UUID thomas = DemoOrganisation.THOMAS;
        java.time.LocalDate left = services.today().minusMonths(1);
        Exit exit = services.store()
                .exits()
                .save(new Exit(
                        UUID.randomUUID(), thomas, left, ExitCategory.values()[0], null, Exit.followUpDueFor(left)));
        show(Screen.EXIT_EDITOR, new EditorTarget(thomas, exit.id()), check, found);
        show(Screen.FOLLOW_UP_EDITOR, thomas, check, found);
        show(Screen.QUESTIONNAIRE, samia, check, found);
        show(Screen.PARCOURS_EXPORT, samia, check, found);
        // Samia's journal, and one of her interviews read in full.
        show(Screen.JOURNAL, samia, check, found);
        show(Screen.JOURNAL_ENTRY, firstInterview(samia), check, found);
        // An interview corrected: the editor, the entry with "modifié le … par …", and its history.
        show(Screen.JOURNAL_CORRECT, firstInterview(samia), check, found);
        org.jalons.journal.JournalEntry corrected = corrected(samia, org.jalons.journal.JournalKind.INTERVIEW);
        show(Screen.JOURNAL_ENTRY, corrected, check, found);
        show(Screen.JOURNAL_HISTORY, corrected, check, found);
        twoVoicesInTheVisit(services.store(), samia);
        BeneficiaryFile file = BeneficiaryFile.load(services.store(), samia);
        show(Screen.HOME_VISIT, file, check, found);
        for (int step = 2; step <= 6; step++) {
            interact(() -> lookup("#visit-next").queryButton().fire());
            settle();
            look(Screen.HOME_VISIT.name() + " step " + step, check, found);
        }
        everyRole(check, found);
        show(Screen.PAIRING_CODE, null, check, found);

        interact(services::lock);
        revealAndTap("#unlock-demo");
        revealAndTap("#demo-beneficiary");
        waitFor(".goal-card");
        look(Screen.BENEFICIARY_HOME.name(), check, found);
        // Her notes, one shared with the structure: each with its switch.
        shareANote(services, DemoOrganisation.SAMIA);
        // The person's counsellor as a sync brings her: her card, with Call and SMS, checked like the rest.
        services.store()
                .counsellorProfiles()
                .replaceMine(List.of(new MyCounsellor(
                        UUID.randomUUID(),
                        new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 12 34 56 78"))));
        show(Screen.BENEFICIARY_HOME, null, check, found);
        show(Screen.MY_GOAL, goal, check, found);
        show(Screen.MY_CHECK_IN, null, check, found);
        show(Screen.MY_CHECK_IN, goal, check, found);
        show(Screen.MY_PROGRESS, null, check, found);
        show(Screen.MY_NEW_GOAL, null, check, found);
        show(Screen.MY_NEW_STEP, null, check, found);
        show(Screen.MY_NEW_TRAINING, null, check, found);
        show(Screen.MY_TRAINING_EDITOR, aTrainingSheDeclared(services, samia), check, found);
        show(Screen.MY_NEW_NOTE, null, check, found);
        show(Screen.MY_ADD, null, check, found);
        show(Screen.PARCOURS_EXPORT, null, check, found);
        // Her own journal, and one of her counsellor's interviews read in full.
        show(Screen.MY_JOURNAL, null, check, found);
        show(Screen.MY_JOURNAL_ENTRY, firstInterview(samia), check, found);
        // Her questionnaires (the bundled one: a demo has no server).
        show(Screen.MY_QUESTIONNAIRES, null, check, found);
        // A note of her own corrected: the editor, the entry with its "changé le …" line, and its history.
        services.store()
                .notes()
                .save(new org.jalons.domain.Note(
                        UUID.randomUUID(),
                        samia,
                        "Je cherche un stage dans la restauration",
                        services.clock().instant().minusSeconds(86_400),
                        org.jalons.protocol.Vocabulary.Rater.BENEFICIARY));
        org.jalons.journal.JournalEntry myNote = corrected(samia, org.jalons.journal.JournalKind.NOTE);
        show(Screen.MY_JOURNAL_CORRECT, myNote, check, found);
        show(Screen.MY_JOURNAL_ENTRY, myNote, check, found);
        show(Screen.MY_JOURNAL_HISTORY, myNote, check, found);
        everyRole(check, found);

        interact(services::lock);
        revealAndTap("#unlock-demo");
        revealAndTap("#demo-supervisor");
        waitFor("#stat-people");
        look(Screen.SUPERVISOR_HOME.name(), check, found);
        show(Screen.SUPERVISOR_DASHBOARD, null, check, found);
        show(Screen.ADMIN_HOME, null, check, found);
        // The work supervisor: Karim's teams, Samia's observations at work, a new one and one she answered.
        interact(services::lock);
        revealAndTap("#unlock-demo");
        revealAndTap("#demo-work_supervisor");
        waitFor("#work-team");
        look(Screen.WORK_TEAM.name(), check, found);
        show(Screen.WORK_PERSON, DemoOrganisation.SAMIA, check, found);
        show(
                Screen.WORK_OBSERVATION,
                new org.jalons.work.WorkScreens.Target(DemoOrganisation.SAMIA, null),
                check,
                found);
        show(
                Screen.WORK_OBSERVATION,
                new org.jalons.work.WorkScreens.Target(
                        DemoOrganisation.SAMIA,
                        org.jalons.work.WorkTeam.observationsOf(services.store(), DemoOrganisation.SAMIA)
                                .get(0)
                                .id()),
                check,
                found);
        stopApp();
        // The admin's screens ask a server (a demo is never paired): a real organisation's first admin, on a phone
        // of their own with the same language and display.
        Path adminHome = home.resolve("admin-phone");
        try (org.jalons.sync.e2e.RealServer server =
                org.jalons.sync.e2e.RealServer.start(home.resolve("admin-server"))) {
            display(adminHome, language, easyRead, textScale);
            AdminPhone.paired(server, adminHome);
            openAdminPhone(adminHome);
            look(Screen.ADMIN_HOME.name(), check, found);
            // Each part of the administration shows its screens here.
            // Team, invitations and devices: a counsellor of the team, and the admin's own phone as a device.
            org.jalons.sync.e2e.RealServer.User camille = server.createUser("Camille Martin", "COUNSELLOR", null);
            show(Screen.ADMIN_TEAM, null, check, found);
            show(Screen.ADMIN_ACCOUNT, camille.id(), check, found);
            show(Screen.ADMIN_INVITE, null, check, found);
            show(Screen.ADMIN_DEVICES, null, check, found);
            show(
                    Screen.ADMIN_DEVICE,
                    org.jalons.sync.Pairing.account(services.store())
                            .orElseThrow()
                            .deviceId(),
                    check,
                    found);
            // People: two people of a counsellor, the list, one person (read from the server), the retention report.
            PeopleOnServer counsellor = new PeopleOnServer(server, "Samia Benali");
            UUID ines = counsellor.person("Inès Moreau", "Wattrelos", "2026-02-02");
            counsellor.person("Bruno Klein", "Roubaix", "2026-03-09");
            show(Screen.ADMIN_PEOPLE, null, check, found);
            show(Screen.ADMIN_PERSON, ines, check, found);
            show(Screen.ADMIN_RETENTION, null, check, found);
            // The organisation's settings, the audit log and one line about a person, from a counsellor's phone.
            show(Screen.ADMIN_SETTINGS, null, check, found);
            show(Screen.ADMIN_AUDIT, null, check, found);
            show(
                    Screen.ADMIN_AUDIT_LINE,
                    new org.jalons.admin.AuditLine(
                            1,
                            java.time.Instant.now(),
                            "SET_TOMBSTONE_DAYS",
                            "goal",
                            UUID.randomUUID().toString(),
                            UUID.randomUUID().toString(),
                            "Camille Martin",
                            "COUNSELLOR",
                            UUID.randomUUID().toString(),
                            "Téléphone de Camille Martin"),
                    check,
                    found);
            // The organisation's sites and goal themes, one of them retired.
            organisationVocabulary();
            interact(() -> services.navigator().goTo(Screen.ADMIN_VOCABULARY, null));
            waitUntil(() -> lookup(".vocab-line").queryAll().stream()
                    .anyMatch(n -> n.getId() != null && n.getId().startsWith("vocab-term-")));
            look(Screen.ADMIN_VOCABULARY.name(), check, found);
            // The organisation's questionnaires, and the editor of the bundled one's next version.
            interact(() -> services.navigator().goTo(Screen.QUESTIONNAIRE_COMPOSE, null));
            waitFor("#compose-line-pouvoir-agir");
            look(Screen.QUESTIONNAIRE_COMPOSE.name(), check, found);
            show(
                    Screen.QUESTIONNAIRE_EDITOR,
                    org.jalons.visit.compose.QuestionnaireDraft.from(
                            org.jalons.domain.questionnaire.QuestionnaireCatalog.pouvoirAgir()),
                    check,
                    found);
            stopApp();
        }
        assertThat(seen.stream().map(s -> s.split(" ")[0]).distinct())
                .as("every screen of the table was walked")
                .containsExactlyInAnyOrder(
                        java.util.Arrays.stream(Screen.values()).map(Enum::name).toArray(String[]::new));
        return found;
    }

    /**
     * The admin's screens on a desk's wide window (1280 × 800), as a structure's office uses them: each list with a
     * line opened beside it, in {@code language}; what {@code check} found on each (named "SCREEN desk").
     */
    List<String> adminAtADesk(Path home, Language language, BiFunction<String, Parent, List<String>> check)
            throws Exception {
        List<String> found = new ArrayList<>();
        Path adminHome = home.resolve("admin-desk");
        try (org.jalons.sync.e2e.RealServer server =
                org.jalons.sync.e2e.RealServer.start(home.resolve("admin-desk-server"))) {
            display(adminHome, language, false, 1.0);
            AdminPhone.paired(server, adminHome);
            server.createUser("Camille Martin", "COUNSELLOR", null);
            PeopleOnServer counsellor = new PeopleOnServer(server, "Samia Benali");
            counsellor.person("Inès Moreau", "Wattrelos", "2026-02-02");
            counsellor.person("Bruno Klein", "Roubaix", "2026-03-09");
            org.jalons.sync.e2e.RealServer.User karim = server.createUser("Karim Encadrant", "WORK_SUPERVISOR", null);
            openAdminPhone(adminHome);
            javafx.stage.Stage stage = (javafx.stage.Stage)
                    lookup("#admin-home").query().getScene().getWindow();
            interact(() -> {
                stage.setWidth(1280);
                stage.setHeight(800);
            });
            organisationVocabulary();
            look(Screen.ADMIN_HOME.name() + " desk", check, found);
            besideTheList(Screen.ADMIN_TEAM, "#list-pane .list-cell", check, found);
            interact(() -> services.navigator().goTo(Screen.ADMIN_INVITE, null));
            look(Screen.ADMIN_INVITE.name() + " desk", check, found);
            besideTheList(Screen.ADMIN_DEVICES, "#list-pane .list-cell", check, found);
            besideTheList(Screen.ADMIN_PEOPLE, "#list-pane .list-cell", check, found);
            interact(() -> services.navigator().goTo(Screen.ADMIN_RETENTION, null));
            look(Screen.ADMIN_RETENTION.name() + " desk", check, found);
            interact(() -> services.navigator().goTo(Screen.ADMIN_SETTINGS, null));
            look(Screen.ADMIN_SETTINGS.name() + " desk", check, found);
            besideTheList(Screen.ADMIN_AUDIT, ".audit-line", check, found);
            besideTheList(Screen.ADMIN_VOCABULARY, ".vocab-line", check, found);
            besideTheList(Screen.QUESTIONNAIRE_COMPOSE, ".compose-line", check, found);
            workSupervisorBesideTheTeam(karim, check, found);
            stopApp();
        }
        return found;
    }

    /** The team with a work supervisor's account open beside it: the work teams it was given, and how to change them. */
    private void workSupervisorBesideTheTeam(
            org.jalons.sync.e2e.RealServer.User karim,
            BiFunction<String, Parent, List<String>> check,
            List<String> found)
            throws Exception {
        new org.jalons.sync.AdminClient(services.store(), AdminPhone.HTTP)
                .send(
                        "PUT",
                        "api/v1/admin/users/" + karim.id() + "/work-teams",
                        java.util.Map.of("teams", List.of("Espaces verts", "Atelier bois")),
                        com.fasterxml.jackson.databind.JsonNode.class);
        interact(() -> services.navigator().goTo(Screen.ADMIN_TEAM, null));
        java.util.function.Supplier<java.util.Optional<Node>> line =
                () -> lookup("#list-pane .list-cell").queryAll().stream()
                        .filter(Node::isVisible)
                        .filter(n -> n instanceof javafx.scene.control.ListCell<?> cell
                                && !cell.isEmpty()
                                && String.valueOf(cell.getItem()).contains("Karim Encadrant"))
                        .findFirst();
        waitUntil(() -> line.get().isPresent());
        clickOn(line.get().orElseThrow());
        waitUntil(() ->
                lookup("#account-team-1").tryQuery().filter(Node::isVisible).isPresent());
        look(Screen.ADMIN_TEAM.name() + " work supervisor desk", check, found);
    }

    /** Opens {@code screen}, chooses its first line ({@code lines}, one with words) and looks at both side by side. */
    private void besideTheList(
            Screen screen, String lines, BiFunction<String, Parent, List<String>> check, List<String> found)
            throws Exception {
        interact(() -> services.navigator().goTo(screen, null));
        waitUntil(() -> firstLine(lines).isPresent());
        Node line = firstLine(lines).orElseThrow();
        clickOn(line);
        waitUntil(() -> lookup("#detail-pane")
                .tryQuery()
                .filter(Node::isVisible)
                .filter(d -> ((Parent) d)
                        .getChildrenUnmodifiable().stream()
                                .noneMatch(c -> c.getStyleClass().contains("empty-text")))
                .isPresent());
        look(screen.name() + " desk", check, found);
    }

    private java.util.Optional<Node> firstLine(String lines) {
        return lookup(lines).queryAll().stream()
                .filter(Node::isVisible)
                .filter(n -> !(n instanceof javafx.scene.control.ListCell<?> cell) || !cell.isEmpty())
                .filter(n -> n.getId() == null || !n.getId().startsWith("vocab-add"))
                .findFirst();
    }

    /** Starts the app of an admin's phone paired with a server and unlocks it: the admin's home shows. */
    private void openAdminPhone(Path adminHome) throws Exception {
        startApp(adminHome, s -> {
            services = s;
            return s;
        });
        revealAndTap("#unlock-pin");
        write(AdminPhone.PIN);
        revealAndTap("#unlock");
        waitFor("#admin-home");
    }

    /** Sets the language and display a phone's app opens with. */
    private static void display(Path home, Language language, boolean easyRead, double textScale)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(home);
        new LanguageSetting(home).save(language);
        DisplayPreferences display = new DisplayPreferences(home);
        display.easyReadProperty().set(easyRead);
        display.textScaleProperty().set(textScale);
    }

    /** The organisation's sites and goal themes, one of them retired (added once per server). */
    private void organisationVocabulary() throws Exception {
        org.jalons.sync.AdminClient admin = new org.jalons.sync.AdminClient(services.store(), AdminPhone.HTTP);
        String path = "api/v1/admin/vocabulary";
        if (!admin.get(path, java.util.Map.of(), org.jalons.admin.VocabularyModel.Listing.class)
                .terms()
                .isEmpty()) {
            return;
        }
        admin.send(
                "POST",
                path,
                java.util.Map.of(
                        "kind",
                        "GOAL_THEME",
                        "label",
                        "Préparer le permis de conduire et la mobilité",
                        "easyLabel",
                        "Le permis"),
                Void.class);
        admin.send("POST", path, java.util.Map.of("kind", "SITE", "label", "Roubaix Épinette"), Void.class);
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> old = admin.send(
                "POST",
                path,
                java.util.Map.of("kind", "SITE", "label", "Ancien site de Tourcoing"),
                java.util.Map.class);
        admin.send("POST", path + "/" + old.get("code") + "/retire", java.util.Map.of(), Void.class);
    }

    /** The screens every role reaches: settings, PIN, sync and pairing this phone. */
    private void everyRole(BiFunction<String, Parent, List<String>> check, List<String> found) throws Exception {
        show(Screen.SETTINGS, null, check, found);
        show(Screen.CHANGE_PIN, null, check, found);
        show(Screen.SYNC, null, check, found);
        show(Screen.SYNC_CONFLICTS, null, check, found);
        show(Screen.SYNC_REJECTED, null, check, found);
        show(Screen.PAIR_DEVICE, null, check, found);
    }

    /** A training the person declared on their phone, with its dates and hours: theirs to change. */
    static UUID aTrainingSheDeclared(org.jalons.session.AppServices services, UUID person) {
        return services.store()
                .trainings()
                .save(new org.jalons.domain.Training(
                        UUID.randomUUID(),
                        person,
                        null,
                        "Hygiène en cuisine",
                        "GRETA Lille Métropole",
                        org.jalons.protocol.Vocabulary.TrainingKind.QUALIFYING,
                        org.jalons.domain.Term.of(org.jalons.protocol.Vocabulary.Certification.NONE),
                        null,
                        14.0,
                        7.0,
                        java.time.LocalDate.of(2026, 11, 2),
                        java.time.LocalDate.of(2026, 11, 20),
                        org.jalons.protocol.Vocabulary.TrainingStatus.EN_COURS,
                        null,
                        org.jalons.protocol.Vocabulary.Rater.BENEFICIARY))
                .id();
    }

    /** A note of the person's, shared with the structure (their consent given), not yet re-read. */
    static void shareANote(org.jalons.session.AppServices services, UUID person) {
        org.jalons.storage.LocalStore store = services.store();
        store.consents()
                .save(new org.jalons.domain.Consent(
                        UUID.randomUUID(),
                        person,
                        org.jalons.protocol.Vocabulary.ConsentCategory.NOTES_SHARED_SUPERVISOR,
                        true,
                        services.clock().instant(),
                        "Camille"));
        org.jalons.domain.Note note = store.notes()
                .save(new org.jalons.domain.Note(
                        UUID.randomUUID(),
                        person,
                        "Je prends le bus toute seule pour aller au chantier",
                        services.clock().instant(),
                        org.jalons.protocol.Vocabulary.Rater.BENEFICIARY));
        new org.jalons.storage.SharedWordBook(store, services.clock()).share(person, note.id(), null);
    }

    private UUID firstGoal(UUID person) {
        return services.store().goals().forBeneficiary(person).stream()
                .map(Goal::id)
                .findFirst()
                .orElseThrow();
    }

    /** The latest interview of a person, as their journal shows it. */
    private org.jalons.journal.JournalEntry firstInterview(UUID who) {
        return org.jalons.journal.Journal.read(services.store(), who, services.zone())
                .filtered(org.jalons.journal.JournalFilter.ALL.withKind(org.jalons.journal.JournalKind.INTERVIEW))
                .get(0);
    }

    /** The person's latest entry of this kind (the person's own voice for a note), corrected once. */
    private org.jalons.journal.JournalEntry corrected(UUID who, org.jalons.journal.JournalKind kind) {
        java.util.function.Supplier<org.jalons.journal.JournalEntry> latest =
                () -> org.jalons.journal.Journal.read(services.store(), who, services.zone())
                        .filtered(org.jalons.journal.JournalFilter.ALL.withKind(kind))
                        .stream()
                        .filter(e -> kind != org.jalons.journal.JournalKind.NOTE
                                || e.voice() == org.jalons.protocol.Vocabulary.Rater.BENEFICIARY)
                        .findFirst()
                        .orElseThrow();
        org.jalons.journal.JournalEntry e = latest.get();
        org.jalons.journal.Correction.write(
                services.store(),
                e,
                e.title(),
                (e.text() == null ? "" : e.text()) + " (corrigé)",
                e.more(),
                services.clock().instant());
        return latest.get();
    }

    private void show(Screen screen, Object about, BiFunction<String, Parent, List<String>> check, List<String> found)
            throws Exception {
        interact(() -> services.navigator().goTo(screen, about));
        settle();
        look(screen.name() + (about == null ? "" : " (" + about.getClass().getSimpleName() + ")"), check, found);
    }

    private void look(String name, BiFunction<String, Parent, List<String>> check, List<String> found)
            throws Exception {
        settle();
        seen.add(name);
        Parent root = FxToolkit.toolkitContext().getRegisteredStage().getScene().getRoot();
        // Folded parts (the dashboard's filters) are opened, so that what they hold is checked too.
        interact(() ->
                root.lookupAll(".titled-pane").forEach(t -> ((javafx.scene.control.TitledPane) t).setExpanded(true)));
        settle();
        found.addAll(WaitForAsyncUtils.asyncFx(() -> check.apply(name, root)).get());
    }

    /** Waits until the screen stops changing: its data is read in the background, then laid out. */
    private static void settle() throws Exception {
        int last = -1;
        for (int i = 0; i < 40; i++) {
            WaitForAsyncUtils.waitForFxEvents(2);
            Thread.sleep(60);
            int count = WaitForAsyncUtils.asyncFx(() -> count(FxToolkit.toolkitContext()
                            .getRegisteredStage()
                            .getScene()
                            .getRoot()))
                    .get();
            if (count == last) {
                return;
            }
            last = count;
        }
    }

    private static int count(Node n) {
        int c = 1;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                c += count(child);
            }
        }
        return c;
    }

    /**
     * A visit begun with both voices rated apart, each with its comment, and the gap's question answered: the
     * co-rating step shows the two ratings side by side, the gap and the question (checked like every other page).
     */
    static void twoVoicesInTheVisit(LocalStore store, UUID person) {
        Goal open = BeneficiaryFile.load(store, person).goals().stream()
                .filter(Goal::isOpen)
                .findFirst()
                .orElseThrow();
        java.util.Map<String, Object> draft = new java.util.LinkedHashMap<>();
        draft.put("step", "START");
        draft.put("place", "DOMICILE");
        draft.put("date", java.time.LocalDate.now(Clock.systemUTC()).toString());
        draft.put("interviewId", UUID.randomUUID().toString());
        draft.put(org.jalons.visit.VisitModel.selfKey(open), "8");
        draft.put(org.jalons.visit.VisitModel.counsellorKey(open), "5");
        draft.put(org.jalons.visit.VisitModel.selfCommentKey(open), "Le code, je le connais par cœur.");
        draft.put(org.jalons.visit.VisitModel.counsellorCommentKey(open), "La conduite en ville reste difficile.");
        draft.put(org.jalons.visit.VisitModel.gapAnswerKey(open), "Samia pense au code, moi à la conduite.");
        store.drafts().save(org.jalons.caseload.VisitKeys.visit(person), draft);
    }
}
