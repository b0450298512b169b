package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jalons.domain.CounsellorProfile;
import org.jalons.domain.MyCounsellor;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Once the person's phone knows their counsellor, "Mes progrès" and the home name her with the form she chose; with
 * several counsellors a rating does not say whose it is, and the texts stay unnamed.
 */
class CounsellorNamedTest {
    static final MyCounsellor CAMILLE = new MyCounsellor(
            UUID.randomUUID(), new CounsellorProfile("Camille", CounsellorProfile.FEMININE, "06 12 34 56 78"));
    static final MyCounsellor KARIM =
            new MyCounsellor(UUID.randomUUID(), new CounsellorProfile("Karim", CounsellorProfile.MASCULINE, null));
    static final MyCounsellor ALEX =
            new MyCounsellor(UUID.randomUUID(), new CounsellorProfile("Alex", CounsellorProfile.NEUTRAL, null));

    @TempDir
    Path dir;

    LocalStore store;
    final DirectBackground background = new DirectBackground();

    @BeforeEach
    void openSamia() {
        store = new Profiles(dir, Clock.systemUTC(), 1000).openDemo(Role.BENEFICIARY);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ProgressViewModel progress(Language language, boolean easy) {
        ProgressViewModel model = new ProgressViewModel(
                store, background, new EasyRead(new Messages(language), easy, 1.0), ZoneOffset.UTC);
        model.load();
        return model;
    }

    private String permisSummary(ProgressViewModel model) {
        return model.goals().stream()
                .filter(g -> g.phrasing().contains("permis"))
                .findFirst()
                .orElseThrow()
                .summary();
    }

    @Test
    void progressNamesTheOnlyCounsellorWithTheFormSheChose() {
        store.counsellorProfiles().replaceMine(List.of(CAMILLE));

        ProgressViewModel french = progress(Language.FRENCH, false);
        assertThat(permisSummary(french))
                .isEqualTo(
                        "Moi\u00a0: de 3 à 7 sur 10 (7 notes). Ma conseillère Camille\u00a0: de 4 à 7 sur 10 (7 notes).");
        assertThat(french.counsellorSeriesName()).isEqualTo("Ma conseillère Camille");
        assertThat(french.intro())
                .isEqualTo("Pour chaque objectif\u00a0: ma confiance et celle de ma conseillère Camille, côte à côte.");
        assertThat(permisSummary(progress(Language.FRENCH, true)))
                .endsWith("Ma conseillère Camille\u00a0: au début 4 sur 10. Maintenant 7 sur 10.");
        assertThat(permisSummary(progress(Language.ENGLISH, false)))
                .endsWith("My counsellor Camille: from 4 to 7 out of 10 (7 ratings).");

        store.counsellorProfiles().replaceMine(List.of(KARIM));
        assertThat(permisSummary(progress(Language.FRENCH, false)))
                .endsWith("Mon conseiller Karim\u00a0: de 4 à 7 sur 10 (7 notes).");
        store.counsellorProfiles().replaceMine(List.of(ALEX));
        assertThat(permisSummary(progress(Language.FRENCH, false)))
                .endsWith("Alex, qui m’accompagne\u00a0: de 4 à 7 sur 10 (7 notes).");
        assertThat(progress(Language.FRENCH, false).counsellorSeriesName()).isEqualTo("Alex");
    }

    @Test
    void withSeveralCounsellorsOrNoneTheRatingsStayUnnamed() {
        store.counsellorProfiles().replaceMine(List.of()); // the demo knows Camille: none known here
        assertThat(permisSummary(progress(Language.FRENCH, false)))
                .endsWith("La personne qui m’accompagne\u00a0: de 4 à 7 sur 10 (7 notes).");

        store.counsellorProfiles().replaceMine(List.of(CAMILLE, KARIM));
        ProgressViewModel model = progress(Language.FRENCH, false);
        assertThat(permisSummary(model)).endsWith("La personne qui m’accompagne\u00a0: de 4 à 7 sur 10 (7 notes).");
        assertThat(model.counsellorSeriesName()).isEqualTo("La personne qui m’accompagne");
        assertThat(model.intro())
                .isEqualTo(
                        "Pour chaque objectif\u00a0: ma confiance et celle de la personne qui m’accompagne, côte à côte.");
        MyParcoursViewModel home =
                new MyParcoursViewModel(store, background, new Messages(Language.FRENCH), Clock.systemUTC());
        home.load();
        assertThat(home.counsellors()).containsExactly(CAMILLE, KARIM);
        assertThat(home.ratingCounsellor()).isEmpty();
    }

    @Test
    void theHomeKnowsTheOnlyCounsellorForTheRatingsChips() {
        store.counsellorProfiles().replaceMine(List.of(CAMILLE));
        MyParcoursViewModel home =
                new MyParcoursViewModel(store, background, new Messages(Language.FRENCH), Clock.systemUTC());
        home.load();

        assertThat(home.counsellors()).containsExactly(CAMILLE);
        assertThat(home.ratingCounsellor()).contains(CAMILLE.profile());
        assertThat(new Messages(Language.FRENCH).get("my.counsellor", 7, "feminine", "Camille"))
                .isEqualTo("Ma conseillère Camille\u00a0: 7/10");
    }
}
