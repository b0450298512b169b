package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

class CaseloadViewModelTest {
    static CaseloadRow row(String name, Integer self, Integer counsellor, int overdue, boolean pending) {
        return new CaseloadRow(
                UUID.randomUUID(),
                name,
                2,
                overdue,
                self,
                counsellor,
                Instant.parse("2026-12-03T09:30:00Z"),
                null,
                pending,
                false);
    }

    final Messages messages = new Messages(Language.FRENCH);
    final List<CaseloadRow> people = List.of(
            row("Aminata D.", 9, 9, 0, false), row("Célia R.", null, 4, 1, true), row("Samia B.", 7, 7, 0, false));

    @Test
    void searchFiltersByNameIgnoringCaseAndAccents() {
        CaseloadViewModel model = new CaseloadViewModel(() -> people, new DirectBackground(), messages);
        model.load();
        assertThat(model.visibleRows()).hasSize(3);
        assertThat(model.summaryText().get()).isEqualTo("3 personnes suivies");
        model.searchProperty().set("celia");
        assertThat(model.visibleRows()).extracting(CaseloadRow::displayName).containsExactly("Célia R.");
        model.searchProperty().set("zoé");
        assertThat(model.visibleRows()).isEmpty();
        assertThat(model.placeholderText().get()).isEqualTo("Aucune personne ne correspond à «\u00a0zoé\u00a0».");
        model.searchProperty().set("");
        assertThat(model.visibleRows()).hasSize(3);
    }

    @Test
    void anEmptyCaseloadSaysSoRatherThanShowingABlankList() {
        CaseloadViewModel model = new CaseloadViewModel(List::of, new DirectBackground(), messages);
        model.load();
        assertThat(model.placeholderText().get()).isEqualTo("Personne n’est encore dans votre suivi.");
        assertThat(model.summaryText().get()).isEqualTo("Aucune personne suivie");
    }

    @Test
    void aFailedReadIsShownAndNotThrown() {
        CaseloadViewModel model = new CaseloadViewModel(
                () -> {
                    throw new IllegalStateException("disk gone");
                },
                new DirectBackground(),
                messages);
        model.load();
        assertThat(model.errorProperty().get()).isNotEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aRowShowsBothVoicesSideBySideAndItsMarkers() {
        CaseloadRowText celia = CaseloadRowText.of(people.get(1), messages, ZoneId.of("Europe/Paris"));
        assertThat(celia.selfRating()).isEqualTo("Célia\u00a0: pas encore noté");
        assertThat(celia.counsellorRating()).isEqualTo("Vous\u00a0: 4/10");
        assertThat(celia.overdue()).isEqualTo("1 objectif en retard");
        assertThat(celia.pending()).isEqualTo("À envoyer");
        assertThat(celia.nextAppointment())
                .startsWith("Prochain rendez-vous\u00a0: 03/12/2026")
                .contains("10:30");
        CaseloadRowText samia = CaseloadRowText.of(people.get(2), new Messages(Language.ENGLISH), ZoneId.of("UTC"));
        assertThat(samia.selfRating()).isEqualTo("Samia: 7/10");
        assertThat(samia.overdue()).isNull();
        assertThat(samia.pending()).isNull();
        assertThat(samia.goals()).isEqualTo("2 goals in progress");
    }
}
