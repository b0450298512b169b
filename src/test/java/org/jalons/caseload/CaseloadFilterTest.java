package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.storage.CaseloadRow;
import org.jalons.ui.DirectBackground;
import org.junit.jupiter.api.Test;

class CaseloadFilterTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static CaseloadRow row(String name, int overdue, LocalDate lastInterview, Instant next, boolean dropping) {
        return new CaseloadRow(UUID.randomUUID(), name, 1, overdue, 5, 5, next, lastInterview, false, false, dropping);
    }

    final List<CaseloadRow> people = List.of(
            row("Calme", 0, TODAY.minusWeeks(2), null, false),
            row("Retard", 1, TODAY.minusWeeks(1), null, false),
            row("Silence", 0, TODAY.minusWeeks(7), null, false),
            row("Baisse", 0, TODAY.minusDays(3), null, true),
            row("Bientôt", 0, TODAY.minusDays(3), Instant.parse("2026-11-30T09:00:00Z"), false),
            row("Plus tard", 0, TODAY.minusDays(3), Instant.parse("2026-12-10T09:00:00Z"), false));

    CaseloadViewModel model() {
        CaseloadViewModel m = new CaseloadViewModel(
                () -> people, new DirectBackground(), new Messages(Language.FRENCH), CLOCK, ZoneOffset.UTC);
        m.load();
        return m;
    }

    @Test
    void needsAttentionGathersOverdueGoalsLongSilencesAndDroppingConfidence() {
        CaseloadViewModel m = model();
        m.filterProperty().set(CaseloadFilter.ATTENTION);
        assertThat(m.visibleRows()).extracting(CaseloadRow::displayName).containsExactly("Retard", "Silence", "Baisse");
        assertThat(m.summaryText().get()).isEqualTo("3 personnes sur 6");
    }

    @Test
    void upcomingShowsOnlyAppointmentsInTheNextSevenDays() {
        CaseloadViewModel m = model();
        m.filterProperty().set(CaseloadFilter.UPCOMING);
        assertThat(m.visibleRows()).extracting(CaseloadRow::displayName).containsExactly("Bientôt");
    }

    @Test
    void searchAndFilterCombine() {
        CaseloadViewModel m = model();
        m.filterProperty().set(CaseloadFilter.ATTENTION);
        m.searchProperty().set("sil");
        assertThat(m.visibleRows()).extracting(CaseloadRow::displayName).containsExactly("Silence");
        m.filterProperty().set(CaseloadFilter.ALL);
        m.searchProperty().set("");
        assertThat(m.visibleRows()).hasSize(6);
    }

    @Test
    void aRowSaysWhyItNeedsAttention() {
        Messages fr = new Messages(Language.FRENCH);
        CaseloadRowText silence = CaseloadRowText.of(people.get(2), fr, ZoneOffset.UTC, TODAY);
        assertThat(silence.quiet()).isEqualTo("Pas d’entretien depuis 6 semaines");
        assertThat(CaseloadRowText.of(people.get(3), fr, ZoneOffset.UTC, TODAY).dropping())
                .isEqualTo("Confiance en baisse");
        assertThat(CaseloadRowText.of(people.get(0), fr, ZoneOffset.UTC, TODAY).quiet())
                .isNull();
    }
}
