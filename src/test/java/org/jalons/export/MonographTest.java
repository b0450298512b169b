package org.jalons.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.CheckIn;
import org.jalons.domain.Consent;
import org.jalons.domain.Goal;
import org.jalons.domain.Interview;
import org.jalons.domain.Note;
import org.jalons.domain.SharedWord;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.journal.Journal;
import org.jalons.protocol.Vocabulary.ConsentCategory;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.InterviewPlace;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Rater;
import org.jalons.storage.DemoOrganisation;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The «récit de parcours»: what it tells, whose words it quotes, and what pseudonymising takes out. */
class MonographTest {
    static final Messages FR = new Messages(Language.FRENCH);
    static final Instant MADE = TestStores.CLOCK.instant();

    @TempDir
    Path dir;

    @Test
    void itTellsWhatChangedWithBothVoicesFromTheirFirstRatingToTheirLastNeverAveraged() throws Exception {
        try (LocalStore store = samia()) {
            String text = pdf(store, false, false);
            String flat = flat(text);
            assertThat(flat)
                    .contains("Récit de parcours – Samia B.")
                    .contains("Ce qui a changé")
                    .contains("Le parcours, étape par étape")
                    .contains("Entretiens clés")
                    .contains("Formations")
                    .contains("selon la personne de 3 à 7/10, selon qui l’accompagne de 4 à 6/10");
            // never an average of the two voices (5 or 6.5)
            assertThat(flat).doesNotContain("6,5").doesNotContain("6.5");
            assertThat(flat).contains("Points d’appui aujourd’hui\u00a0: Maîtrise du français");
        }
    }

    @Test
    void aCounsellorsRecitQuotesOnlyTheWordsThePersonSharedAndTheirOwnRecitAllOfThem() throws Exception {
        try (LocalStore store = samia()) {
            String counsellors = flat(pdf(store, false, false));
            assertThat(counsellors)
                    .contains("La personne n’a pas partagé de mots pour ce récit.")
                    .doesNotContain("Je prends le bus seule maintenant");

            String own = flat(pdf(store, false, true));
            assertThat(own)
                    .contains("Fait par la personne elle-même.")
                    .contains("« Je prends le bus seule maintenant »")
                    .contains("« Samia a envie de conduire »");

            // the words the person shared and re-read with their counsellor are quoted on the counsellor's récit;
            // words shared but not yet re-read are not
            UUID sharedNote = store.notes().forBeneficiary(DemoOrganisation.SAMIA).stream()
                    .filter(n -> n.text().startsWith("Je prends"))
                    .findFirst()
                    .orElseThrow()
                    .id();
            UUID sharedComment = store.checkIns().forBeneficiary(DemoOrganisation.SAMIA).stream()
                    .filter(c -> "Samia a envie de conduire".equals(c.comment()))
                    .findFirst()
                    .orElseThrow()
                    .id();
            Instant shared = Instant.parse("2026-11-21T10:00:00Z");
            store.sharedWords()
                    .save(new SharedWord(
                            UUID.randomUUID(), DemoOrganisation.SAMIA, sharedNote, null, shared, shared, null));
            store.sharedWords()
                    .save(new SharedWord(
                            UUID.randomUUID(), DemoOrganisation.SAMIA, sharedComment, null, shared, null, null));
            assertThat(flat(pdf(store, false, false)))
                    .as("without NOTES_SHARED_SUPERVISOR, nothing is shared")
                    .doesNotContain("Je prends le bus seule maintenant");
            store.consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            DemoOrganisation.SAMIA,
                            ConsentCategory.NOTES_SHARED_SUPERVISOR,
                            true,
                            shared,
                            "Camille Martin"));
            assertThat(flat(pdf(store, false, false)))
                    .contains("« Je prends le bus seule maintenant »")
                    .doesNotContain("Samia a envie de conduire");
        }
    }

    @Test
    void pseudonymisedItHasNoNameNoDayNoParticipantsAndNoInterviewNotes() throws Exception {
        try (LocalStore store = samia()) {
            String text = flat(pdf(store, true, true));
            assertThat(text).doesNotContainIgnoringCase("samia");
            assertThat(text)
                    .startsWith("Récit de parcours ")
                    .contains("« la personne a envie de conduire »")
                    .contains("Décidé\u00a0: la personne s’inscrit au code")
                    .doesNotContain("Participants secrets")
                    .doesNotContain("Notes d’entretien à garder")
                    .contains("Version pseudonymisée");
            // dates are months: no "3 mars 2026", only "mars 2026"
            assertThat(text)
                    .doesNotContainPattern("(?<![\\d/])\\d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août"
                            + "|septembre|octobre|novembre|décembre) \\d{4}");
            assertThat(text)
                    .containsPattern("(janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
                            + "|novembre|décembre) \\d{4}");

            String full = flat(pdf(store, false, true));
            assertThat(full).contains("Notes d’entretien à garder").contains("Samia");
        }
    }

    @Test
    void aNameIsReplacedAsWholeWordsInAnyCaseButALoneInitialIsLeft() {
        assertThat(Monograph.namesOf("Samia B.")
                        .matcher("Samia passe le permis B")
                        .replaceAll("X"))
                .isEqualTo("X passe le permis B");
        assertThat(Monograph.namesOf("Jean-Marc DUPONT")
                        .matcher("jean-marc et Dupont ; Dupontel reste")
                        .replaceAll("X"))
                .isEqualTo("X et X ; Dupontel reste");
        assertThat(Monograph.namesOf("A. B.")).isNull();
    }

    @Test
    void keyInterviewsAreTheFirstTheLastAndThoseThatDecidedAtMostEight() throws Exception {
        try (LocalStore store = TestStores.counsellorStore(dir.resolve("k"))) {
            DemoOrganisation.load(store, TestStores.CLOCK);
            UUID who = UUID.randomUUID();
            store.beneficiaries()
                    .save(new Beneficiary(
                            who,
                            "Léo R.",
                            null,
                            LocalDate.of(2025, 1, 6),
                            null,
                            null,
                            List.of(),
                            null,
                            null,
                            null,
                            null));
            LocalDate start = LocalDate.of(2025, 1, 6);
            for (int week = 0; week < 30; week++) {
                String decided = week % 3 == 1 ? "Décision " + week : null;
                store.interviews()
                        .save(new Interview(
                                UUID.randomUUID(),
                                who,
                                start.plusWeeks(week),
                                InterviewPlace.STRUCTURE,
                                null,
                                "Semaine " + week,
                                decided,
                                null));
            }
            Journal journal = Journal.read(store, who, ZoneOffset.UTC);
            Monograph.Source source = new Monograph.Source(null, journal, List.of(), List.of(), id -> false, null);
            List<Monograph.Line> lines = Monograph.compile(source, FR, ZoneOffset.UTC, false, MADE).stream()
                    .filter(s -> s.heading().equals("Entretiens clés"))
                    .findFirst()
                    .orElseThrow()
                    .lines();
            List<String> notes = lines.stream()
                    .filter(l -> l.text().startsWith("Semaine"))
                    .map(Monograph.Line::text)
                    .toList();
            assertThat(notes).hasSize(Monograph.KEY_INTERVIEWS);
            assertThat(notes.get(0)).isEqualTo("Semaine 0");
            assertThat(notes.get(notes.size() - 1)).isEqualTo("Semaine 29");
            assertThat(notes.subList(1, notes.size() - 1))
                    .containsExactly(
                            "Semaine 13", "Semaine 16", "Semaine 19", "Semaine 22", "Semaine 25", "Semaine 28");
        }
    }

    @Test
    void longInterviewNotesAreCutAtAWord() {
        String shortText = "Court.";
        assertThat(Monograph.shorten(shortText)).isEqualTo(shortText);
        String longText = "mot ".repeat(600);
        String cut = Monograph.shorten(longText);
        assertThat(cut).endsWith("mot […]").hasSizeLessThanOrEqualTo(Monograph.NOTES_MAX + 4);
    }

    @Test
    void aCounsellorMakesOneOnlyWithThePersonsLatestConsent() throws Exception {
        try (LocalStore store = samia()) {
            assertThat(MonographSource.consent(store, DemoOrganisation.SAMIA, ZoneOffset.UTC))
                    .contains(LocalDate.of(2026, 11, 20));
            store.consents()
                    .save(new Consent(
                            UUID.randomUUID(),
                            DemoOrganisation.SAMIA,
                            ConsentCategory.RECIT_PARCOURS,
                            false,
                            Instant.parse("2026-11-25T09:00:00Z"),
                            "Camille Martin"));
            assertThat(MonographSource.consent(store, DemoOrganisation.SAMIA, ZoneOffset.UTC))
                    .isEmpty();
        }
    }

    /** Samia of the demo organisation, with two visits' ratings, her words, a decided interview and her consent. */
    private LocalStore samia() {
        LocalStore store = TestStores.counsellorStore(dir.resolve("s"));
        DemoOrganisation.load(store, TestStores.CLOCK);
        UUID who = DemoOrganisation.SAMIA;
        Goal goal = new Goal(
                UUID.randomUUID(),
                who,
                Term.of(GoalTheme.MOBILITE),
                "Aller au chantier en bus",
                ProposedBy.JOINT,
                GoalStatus.EN_COURS,
                null,
                LocalDate.of(2026, 3, 3),
                null);
        store.goals().save(goal);
        Instant first = Instant.parse("2026-03-03T10:00:00Z");
        Instant last = Instant.parse("2026-10-13T10:00:00Z");
        store.checkIns().save(new CheckIn(UUID.randomUUID(), who, goal.id(), Rater.BENEFICIARY, 3, null, first, null));
        store.checkIns().save(new CheckIn(UUID.randomUUID(), who, goal.id(), Rater.COUNSELLOR, 4, null, first, null));
        store.checkIns()
                .save(new CheckIn(
                        UUID.randomUUID(),
                        who,
                        goal.id(),
                        Rater.BENEFICIARY,
                        7,
                        "Samia a envie de conduire",
                        last,
                        null));
        store.checkIns().save(new CheckIn(UUID.randomUUID(), who, goal.id(), Rater.COUNSELLOR, 6, null, last, null));
        store.notes()
                .save(new Note(
                        UUID.randomUUID(),
                        who,
                        "Je prends le bus seule maintenant",
                        Instant.parse("2026-06-02T18:00:00Z"),
                        Rater.BENEFICIARY));
        store.interviews()
                .save(new Interview(
                        UUID.randomUUID(),
                        who,
                        LocalDate.of(2026, 9, 15),
                        InterviewPlace.DOMICILE,
                        "Participants secrets",
                        "Notes d’entretien à garder : Samia va mieux.",
                        "Samia s’inscrit au code",
                        null));
        store.consents()
                .save(new Consent(
                        UUID.randomUUID(),
                        who,
                        ConsentCategory.RECIT_PARCOURS,
                        true,
                        Instant.parse("2026-11-20T09:00:00Z"),
                        "Camille Martin"));
        return store;
    }

    private static String pdf(LocalStore store, boolean pseudonymised, boolean own) throws Exception {
        Monograph.Source source =
                MonographSource.read(store, DemoOrganisation.SAMIA, ZoneOffset.UTC, TestStores.CLOCK, own);
        return text(MonographPdf.write(
                Monograph.title(FR, source.person(), pseudonymised),
                Monograph.compile(source, FR, ZoneOffset.UTC, pseudonymised, MADE)));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String flat(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ");
    }
}
