package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.jalons.platform.FakeShareService;
import org.jalons.session.AppServices;
import org.jalons.sync.AdminClient;
import org.jalons.sync.e2e.RealServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The organisation's settings and the audit viewer, driven as an admin would against a real server: values read
 * from the server, each saved or refused in words; the changes found again in the log, filtered, paged, exported.
 */
class AdminSettingsAndAuditAppTest extends RealAppTest {
    @TempDir
    Path dir;

    RealServer server;
    AppServices services;
    final FakeShareService share = new FakeShareService();

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anAdminChangesEachSettingAndFindsTheChangesInTheLog() throws Exception {
        openAdmin();
        revealAndTap("#admin-settings");
        JsonNode before = serverSettings();
        int retentionBefore =
                server("api/v1/admin/retention").path("retentionMonths").asInt();
        waitUntil(() -> fieldText("#settings-k").equals(before.path("k").asText()));
        assertThat(fieldText("#settings-tombstones"))
                .isEqualTo(before.path("tombstoneDays").asText());
        assertThat(fieldText("#settings-retention")).isEqualTo(Integer.toString(retentionBefore));

        // Below the floor: the server refuses, the admin reads why, nothing changed.
        typeIn("#settings-k", "3");
        tap("#settings-k-save");
        waitFor("#settings-k-error");
        assertThat(textOf("#settings-k-error"))
                .isEqualTo("Le serveur refuse ce nombre\u00a0: k va de 5 à 50. Rien n’a changé.");
        assertThat(serverSettings().path("k").asInt())
                .isEqualTo(before.path("k").asInt());

        int k = before.path("k").asInt() + 2;
        typeIn("#settings-k", Integer.toString(k));
        tap("#settings-k-save");
        waitFor("#settings-k-saved");
        assertThat(textOf("#settings-k-saved")).isEqualTo("Enregistré.");
        assertThat(lookup("#settings-k-error").query().isVisible()).isFalse();
        assertThat(serverSettings().path("k").asInt()).isEqualTo(k);

        int months = retentionBefore + 12;
        typeIn("#settings-retention", Integer.toString(months));
        revealAndTap("#settings-retention-save");
        waitFor("#settings-retention-saved");
        assertThat(server("api/v1/admin/retention").path("retentionMonths").asInt())
                .isEqualTo(months);

        typeIn("#settings-tombstones", "29");
        revealAndTap("#settings-tombstones-save");
        waitFor("#settings-tombstones-error");
        assertThat(textOf("#settings-tombstones-error")).contains("de 30 à 3650 jours");
        int days = before.path("tombstoneDays").asInt() + 30;
        typeIn("#settings-tombstones", Integer.toString(days));
        revealAndTap("#settings-tombstones-save");
        waitFor("#settings-tombstones-saved");
        assertThat(serverSettings().path("tombstoneDays").asInt()).isEqualTo(days);

        // Read again from the server when the screen opens again.
        tap("#back");
        waitFor("#admin-home");
        revealAndTap("#admin-settings");
        waitUntil(() -> fieldText("#settings-k").equals(Integer.toString(k)));
        assertThat(fieldText("#settings-tombstones")).isEqualTo(Integer.toString(days));

        // The log: the changes just made, newest first, in words.
        tap("#back");
        revealAndTap("#admin-audit");
        waitFor("#audit-lines .audit-line");
        choose("#audit-filter-action", "Taille des groupes changée");
        waitUntil(() -> lineTitles().equals(List.of("Taille des groupes changée, par Nadia Admin (administration)")));
        choose("#audit-filter-action", "Conservation des marques de suppression changée");
        waitUntil(() -> lineTitles()
                .equals(List.of("Conservation des marques de suppression changée, par Nadia Admin (administration)")));

        // Opened on a phone: the line's own screen.
        revealAndTap("#audit-line-0");
        waitFor("#audit-line-detail");
        assertThat(title()).isEqualTo("Ligne du journal");
        assertThat(labels("#audit-line-detail"))
                .contains("Nadia Admin (administration)", "Réglages de la structure", "Poste de la direction");
        tap("#back");
        waitFor("#audit-lines .audit-line");
        assertThat(lookup("#audit-filter-action")
                        .queryAs(ComboBox.class)
                        .getValue()
                        .toString())
                .as("back from a line, the filters stay")
                .isEqualTo("Conservation des marques de suppression changée");

        // By account: every line shown is the admin's.
        choose("#audit-filter-action", "Tout");
        choose("#audit-filter-user", "Nadia Admin (administration)");
        waitUntil(() -> lineTitles().stream().anyMatch(t -> t.startsWith("Taille des groupes changée")));
        assertThat(lineTitles()).allMatch(t -> t.endsWith("par Nadia Admin (administration)"));
    }

    @Test
    void theLogIsPagedAndExportedAsFilteredAlsoOnAWideWindow() throws Exception {
        server = RealServer.start(dir.resolve("server"));
        List<String> created = new java.util.ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            created.add(server.createUser("Conseillère " + i, "COUNSELLOR", null)
                    .id()
                    .toString());
        }
        openAdmin();
        int accounts = server("api/v1/admin/audit?action=CREATE_USER&limit=500")
                .path("lines")
                .size();
        assertThat(accounts).isGreaterThan(25);
        Stage stage = (Stage) lookup("#admin-home").query().getScene().getWindow();
        interact(() -> stage.setWidth(1100));
        revealAndTap("#admin-audit");
        waitFor("#audit-lines .audit-line");
        choose("#audit-filter-action", "Création d’un compte");
        waitUntil(() -> lineTitles().size() == 25 && lineTitles().stream().allMatch(t -> t.startsWith("Création")));
        revealAndTap("#audit-more");
        waitUntil(() -> lineTitles().size() == accounts);
        assertThat(lookup("#audit-more").query().isVisible()).isFalse();

        // Beside the list on a wide window: the line opens in the detail pane, the list stays.
        revealAndTap("#audit-line-0");
        waitFor("#detail-pane #audit-line-detail");
        assertThat(title()).isEqualTo("Journal");
        assertThat(labels("#detail-pane"))
                .contains("Création d’un compte", "Le serveur (une commande ou une tâche automatique)");

        reveal("#audit-export");
        tap("#audit-export");
        waitUntil(() -> share.shared.size() == 1);
        FakeShareService.Shared file = share.shared.get(0);
        assertThat(file.fileName()).endsWith(".csv");
        String csv = new String(file.content(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("date (UTC);action;");
        assertThat(rows).hasSize(accounts + 1);
        assertThat(rows.subList(1, rows.size())).allMatch(row -> row.split(";")[1].equals("CREATE_USER"));
        assertThat(rows.stream().map(row -> row.split(";")[3])).containsAll(created); // each account's line
        assertThat(csv).doesNotContain("READ_AUDIT");

        // A period that starts after today: nothing to show; back to any day, the lines come back.
        String later = java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .plusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        reveal("#audit-filter-from");
        clickOn("#audit-filter-from .text-field").write(later).type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lineTitles().isEmpty());
        assertThat(labels("#admin-audit")).contains("Aucune ligne pour ces filtres.");
        interact(() -> lookup("#audit-filter-from .text-field")
                .queryAs(TextField.class)
                .clear());
        clickOn("#audit-filter-from .text-field").type(javafx.scene.input.KeyCode.ENTER);
        waitUntil(() -> lineTitles().size() == 25);
    }

    private void openAdmin() throws Exception {
        if (server == null) {
            server = RealServer.start(dir.resolve("server"));
        }
        startApp(AdminPhone.paired(server, dir.resolve("admin")), c -> {
            services = c.withShare(share);
            return services;
        });
        tap("#unlock-pin").write(AdminPhone.PIN);
        tap("#unlock");
        waitFor("#admin-home"); // the admin's first place
        waitFor("#admin-home");
    }

    private JsonNode serverSettings() throws Exception {
        return server("api/v1/admin/settings");
    }

    /** What the server holds, asked apart from the screens (the phone's own token). */
    private JsonNode server(String pathAndQuery) throws Exception {
        AdminClient client = new AdminClient(services.store(), AdminPhone.HTTP);
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> query = new java.util.LinkedHashMap<>();
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                String[] nameValue = pair.split("=", 2);
                query.put(nameValue[0], nameValue[1]);
            }
        }
        return client.get(parts[0], query, JsonNode.class);
    }

    private String fieldText(String id) {
        return lookup(id).queryAs(TextField.class).getText();
    }

    private void typeIn(String id, String text) {
        reveal(id);
        interact(() -> lookup(id).queryAs(TextField.class).clear());
        clickOn(id).write(text);
    }

    private List<String> lineTitles() {
        return lookup("#audit-lines .audit-line .choice-title").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    private List<String> labels(String within) {
        return lookup(within + " .label").queryAllAs(Label.class).stream()
                .map(Label::getText)
                .toList();
    }

    /** Opens a drop-down list, scrolls to the line that reads {@code shown} and taps it. */
    @SuppressWarnings("unchecked")
    private void choose(String box, String shown) {
        reveal(box);
        ComboBox<Object> combo = lookup(box).queryAs(ComboBox.class);
        clickOn(box);
        waitUntil(() -> lookup(".combo-box-popup .list-view").tryQuery().isPresent());
        ListView<Object> list = lookup(".combo-box-popup .list-view").queryAs(ListView.class);
        int index = -1;
        for (int i = 0; i < combo.getItems().size(); i++) {
            if (combo.getItems().get(i).toString().equals(shown)) {
                index = i;
            }
        }
        assertThat(index).as(shown + " among " + combo.getItems()).isNotNegative();
        int at = index;
        interact(() -> list.scrollTo(at));
        waitUntil(() -> lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> shown.equals(cell.getText()))
                .tryQuery()
                .isPresent());
        clickOn(lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> shown.equals(cell.getText()))
                .<Node>query());
        waitUntil(() -> !combo.isShowing());
        waitUntil(
                () -> combo.getValue() != null && shown.equals(combo.getValue().toString()));
    }
}
