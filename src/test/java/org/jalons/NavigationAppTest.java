package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import org.jalons.platform.FakeShareService;
import org.jalons.platform.RecordingLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's navigation as a person meets it: each role's bottom bar and its places, the floating "add" button,
 * the person's file as a header over tabs, and the counsellor's agenda with its calendar export.
 */
class NavigationAppTest extends RealAppTest {
    @TempDir
    Path home;

    final FakeShareService share = new FakeShareService();
    final RecordingLinks links = new RecordingLinks();
    org.jalons.session.AppServices context;

    @AfterEach
    void stop() throws Exception {
        stopApp();
    }

    private void openDemo(String role) throws Exception {
        startApp(home, services -> {
            context = services.withShare(share).withLinks(links);
            return context;
        });
        tap("#discover-demo");
        tap("#demo-" + role);
    }

    private List<String> places() {
        return lookup("#bottom-nav .nav-place").queryAll().stream()
                .filter(Node::isVisible)
                .map(Node::getId)
                .toList();
    }

    private String current() {
        return lookup("#bottom-nav .nav-place").queryAllAs(Button.class).stream()
                .filter(b -> b.getStyleClass().contains("current"))
                .map(Button::getText)
                .findFirst()
                .orElse("");
    }

    @Test
    void aCounsellorMovesBetweenPeopleAgendaSendingAndSettingsFromTheBottomBar() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        assertThat(places()).containsExactly("place-people", "place-agenda", "place-sync", "place-settings");
        assertThat(current()).isEqualTo("Personnes");
        Button people = lookup("#place-people").queryButton();
        assertThat(people.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(lookup("#place-agenda").queryButton().getAccessibleText()).isEqualTo("Agenda");
        assertThat(people.getAccessibleText()).isEqualTo("Personnes, page affichée");

        tap("#place-agenda");
        waitUntil(() -> title().equals("Agenda"));
        assertThat(current()).isEqualTo("Agenda");
        tap("#place-settings");
        waitUntil(() -> title().equals("Réglages"));
        assertThat(current()).isEqualTo("Réglages");
        // A place of the bottom bar is a top-level destination: no up arrow in its app bar.
        assertThat(lookup("#back").queryButton().isVisible()).isFalse();
        tap("#place-agenda");
        waitUntil(() -> title().equals("Agenda"));
        assertThat(lookup("#back").queryButton().isVisible()).isFalse();
        // From a place, the phone's back leads to the role's home, not through every place seen before.
        interact(() -> context.navigator().back());
        waitFor("#caseload");
        assertThat(title()).isEqualTo("Mes accompagnements");
        assertThat(lookup("#back").queryButton().isVisible()).isFalse();

        // A person's file is not a main place: no bottom bar there.
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        waitFor("#file-header");
        assertThat(lookup("#bottom-nav").tryQuery().filter(Node::isVisible)).isEmpty();
        // A deeper screen keeps its up arrow.
        assertThat(lookup("#back").queryButton().isVisible()).isTrue();
    }

    @Test
    void aPersonFindsMyPathAddMyProgressAndSettingsAndTheFloatingButtonOpensWhatToAdd() throws Exception {
        openDemo("beneficiary");
        waitFor(".goal-card");
        assertThat(places()).containsExactly("place-my-path", "place-add", "place-progress", "place-settings");
        assertThat(current()).isEqualTo("Parcours");
        // The four "add" cards are no longer at the bottom of "Mon parcours": the floating button leads to them.
        assertThat(lookup("#add-goal").tryQuery()).isEmpty();
        Button fab = lookup("#fab").queryButton();
        assertThat(fab.getAccessibleText()).isEqualTo("Ajouter moi-même");
        tap("#fab");
        waitFor("#add-goal");
        assertThat(title()).isEqualTo("Ajouter moi-même");
        assertThat(current()).isEqualTo("Ajouter");
        tap("#add-goal");
        waitUntil(() -> title().equals("Un objectif"));
        assertThat(lookup("#bottom-nav").tryQuery().filter(Node::isVisible)).isEmpty();
        tap("#back");
        waitFor("#add-goal");
        tap("#place-progress");
        waitFor(".progress-chart");
        assertThat(current()).isEqualTo("Progrès");
        tap("#place-my-path");
        waitFor(".goal-card");
        assertThat(current()).isEqualTo("Parcours");
    }

    @Test
    void aSupervisorHasTheOverviewTheDashboardSendingAndSettings() throws Exception {
        openDemo("supervisor");
        waitFor("#bottom-nav");
        assertThat(places()).containsExactly("place-overview", "place-dashboard", "place-sync", "place-settings");
        assertThat(current()).isEqualTo("Structure");
        tap("#place-dashboard");
        waitUntil(() -> current().equals("Tableau"));
        tap("#place-overview");
        waitUntil(() -> current().equals("Structure"));
    }

    @Test
    void theFileOpensOnItsSummaryHeaderAndBuildsEachTabWhenItIsFirstShown() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        waitFor("#file-header");
        assertThat(textOf("#file-header .screen-heading")).isEqualTo("Samia B.");
        assertThat(textOf("#file-last-interview"))
                .startsWith("Dernier entretien\u00a0: ")
                .endsWith(" · À domicile");
        assertThat(textOf("#file-next-appointment")).startsWith("Prochain rendez-vous\u00a0: ");
        assertThat(lookup("#file-ratings .chip").queryAllAs(Label.class))
                .extracting(l -> l.getText().replaceAll("[\u00a0\u202f]", " "))
                .containsExactly("Samia : 7/10", "Vous : 7/10");
        // The home visit floats over every tab.
        assertThat(lookup("#start-visit").queryButton().getText()).isEqualTo("Commencer une visite");

        // The first tab (goals, steps, trainings) is there; the others are built when tapped.
        waitFor("#goals");
        assertThat(lookup("#barriers").tryQuery()).isEmpty();
        assertThat(lookup("#interviews").tryQuery()).isEmpty();
        assertThat(lookup("#tab-parcours").queryAs(ToggleButton.class).isSelected())
                .isTrue();
        tap("#tab-barriers");
        waitFor("#barriers");
        assertThat(lookup("#goals").tryQuery()).isEmpty();
        tap("#tab-interviews");
        waitFor("#interviews");
        tap("#tab-profile");
        waitFor("#consents");
        tap("#tab-exit");
        waitFor("#exit");
        assertThat(lookup("#tab-exit").queryAs(ToggleButton.class).isSelected()).isTrue();
    }

    @Test
    void theAgendaListsUpcomingAppointmentsByDayOpensTheFileAndExportsAnIcsWithTheFirstNameOnly() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        tap("#place-agenda");
        waitFor("#appointment-0");
        List<String> said = lookup("#agenda .agenda-appointment").queryAllAs(Button.class).stream()
                .map(Button::getText)
                .toList();
        // The demo's people with an appointment to come (Thomas has none).
        assertThat(said).hasSize(2);
        assertThat(said).anyMatch(t -> t.endsWith(" · Samia B.")).anyMatch(t -> t.endsWith(" · Aminata D."));
        assertThat(lookup("#agenda .section-heading").queryAllAs(Label.class)).isNotEmpty();

        String first = said.get(0);
        String firstName = first.substring(first.indexOf(" · ") + 3).split(" ")[0];
        tap("#export-0");
        waitUntil(() -> share.shared.size() == 1);
        FakeShareService.Shared ics = share.shared.get(0);
        assertThat(ics.mimeType()).isEqualTo("text/calendar");
        assertThat(ics.fileName()).startsWith("rendez-vous-").endsWith(".ics");
        String text = new String(ics.content(), StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("BEGIN:VCALENDAR\r\n")
                .contains("SUMMARY:Rendez-vous avec " + firstName + "\r\n")
                .doesNotContain(first.substring(first.indexOf(" · ") + 3));
        waitUntil(() -> textOf(".message-info").equals("Rendez-vous transmis à l’agenda."));

        tap("#appointment-0");
        waitFor("#file-header");
        assertThat(textOf("#file-header .screen-heading")).isEqualTo(first.substring(first.indexOf(" · ") + 3));
    }

    private void openFileOf(String name) {
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals(name))
                .findFirst()
                .orElseThrow());
        waitFor("#file-header");
        waitUntil(() -> textOf("#file-header .screen-heading").equals(name));
    }

    @Test
    void theFileCallsTextsAndShowsTheAddressOnAMapThroughThePhonesAppsOnlyWhenItHasThem() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        openFileOf("Samia B.");
        assertThat(lookup("#call").queryButton().getText()).isEqualTo("Appeler");
        assertThat(lookup("#call").queryButton().getAccessibleText()).isEqualTo("Appeler Samia B.");
        assertThat(lookup("#text").queryButton().getAccessibleText()).isEqualTo("Envoyer un SMS à Samia B.");
        assertThat(lookup("#directions").queryButton().getAccessibleText())
                .isEqualTo("Voir l’adresse de Samia B. sur une carte");
        tap("#call");
        tap("#text");
        tap("#directions");
        waitUntil(() -> links.opened.size() == 3);
        assertThat(links.opened)
                .extracting(java.net.URI::toString)
                .containsExactly(
                        "tel:0639981234", "sms:0639981234", "geo:0,0?q=12%20rue%20des%20Acacias%2C%2059000%20Lille");

        // Thomas gave a phone number and no address; Aminata neither.
        tap("#back");
        waitFor("#caseload");
        openFileOf("Thomas L.");
        assertThat(lookup("#call").tryQuery()).isPresent();
        assertThat(lookup("#directions").tryQuery()).isEmpty();
        tap("#call");
        waitUntil(() -> links.opened.size() == 4);
        assertThat(links.opened.get(3)).hasToString("tel:+33639985678");
        tap("#back");
        waitFor("#caseload");
        openFileOf("Aminata D.");
        assertThat(lookup("#file-contact").tryQuery()).isEmpty();
        assertThat(lookup("#call").tryQuery()).isEmpty();
    }

    @Test
    void theProfileEditorKeepsThePhoneAndTheAddress() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        openFileOf("Samia B.");
        tap("#tab-profile");
        revealAndTap("#edit-profile");
        waitFor("#profile-phone");
        assertThat(lookup("#profile-phone")
                        .queryAs(javafx.scene.control.TextField.class)
                        .getText())
                .isEqualTo("06 39 98 12 34");
        assertThat(lookup("#profile-address")
                        .queryAs(javafx.scene.control.TextArea.class)
                        .getText())
                .isEqualTo("12 rue des Acacias\n59000 Lille");
    }

    @Test
    void onAWideWindowTheFileOpensBesideTheListAndOnAPhoneOnItsOwnScreen() throws Exception {
        openDemo("counsellor");
        waitFor("#caseload");
        javafx.stage.Stage stage =
                (javafx.stage.Stage) lookup("#caseload").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        waitUntil(
                () -> lookup("#detail-pane").tryQuery().filter(Node::isVisible).isPresent());
        assertThat(textOf("#detail-pane .empty-text"))
                .isEqualTo("Choisissez une personne dans la liste pour voir son dossier ici.");
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Samia B."))
                .findFirst()
                .orElseThrow());
        waitFor("#detail-pane #file-header");
        assertThat(title()).isEqualTo("Mes accompagnements");
        Node list = lookup("#list-pane").query();
        Node detail = lookup("#detail-pane").query();
        assertThat(list.getBoundsInParent().getWidth()).isEqualTo(400);
        assertThat(detail.getBoundsInParent().getMinX()).isGreaterThanOrEqualTo(400);
        assertThat(detail.getBoundsInParent().getWidth()).isGreaterThan(400);
        assertThat(lookup("#caseload").query().isVisible()).isTrue();

        // Below the breakpoint: the list alone, and a tap opens the file's own screen.
        interact(() -> stage.setWidth(420));
        waitUntil(() -> lookup("#detail-pane").tryQuery().isEmpty());
        clickOn(lookup(".person-name").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().equals("Thomas L."))
                .findFirst()
                .orElseThrow());
        waitUntil(() -> title().equals("Dossier"));
        assertThat(textOf("#file-header .screen-heading")).isEqualTo("Thomas L.");
    }

    @Test
    void atTwiceTheTextSizeTheAppBarAndTheBottomBarStillFit() throws Exception {
        openDemo("beneficiary");
        waitFor(".goal-card");
        Label title = lookup("#screen-title").queryAs(Label.class);
        double before = title.getFont().getSize();
        assertThat(lookup("#bottom-nav")
                        .queryAs(org.jalons.ui.kit.BottomNav.class)
                        .labelsShown())
                .isTrue();
        interact(() -> context.display().textScaleProperty().set(2.0));
        waitUntil(() -> title.getFont().getSize() >= before * 1.9);
        // Two actions (export, lock) no longer fit beside the title: they go into the overflow menu.
        waitFor("#header-overflow");
        assertThat(lookup("#lock").tryQuery().filter(Node::isVisible)).isEmpty();
        javafx.scene.control.MenuButton more =
                lookup("#header-overflow").queryAs(javafx.scene.control.MenuButton.class);
        assertThat(more.getItems())
                .extracting(javafx.scene.control.MenuItem::getText)
                .contains("Verrouiller");
        assertThat(more.getAccessibleText()).isEqualTo("Plus d’actions");
        // The title is not cut: the words drawn are all of its words (a cut title ends with "…").
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) title.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(title.getText());
        // The bottom bar keeps its places, as icons whose accessible text is their label, at least 48 px tall.
        org.jalons.ui.kit.BottomNav nav = lookup("#bottom-nav").queryAs(org.jalons.ui.kit.BottomNav.class);
        waitUntil(() -> !nav.labelsShown());
        Button path = lookup("#place-my-path").queryButton();
        assertThat(path.getAccessibleText()).startsWith("Parcours");
        assertThat(path.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(nav.getBoundsInParent().getMaxY())
                .isLessThanOrEqualTo(nav.getScene().getHeight() + 0.5);
    }
}
