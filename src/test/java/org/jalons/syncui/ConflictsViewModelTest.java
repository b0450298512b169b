package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jalons.domain.Beneficiary;
import org.jalons.domain.Conflict;
import org.jalons.domain.Goal;
import org.jalons.domain.Term;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.ConflictStatus;
import org.jalons.protocol.Vocabulary.GoalStatus;
import org.jalons.protocol.Vocabulary.GoalTheme;
import org.jalons.protocol.Vocabulary.ProposedBy;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConflictsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    LocalStore store;
    UUID samia = UUID.randomUUID();
    Goal goal;
    final AtomicInteger syncRequests = new AtomicInteger();
    ConflictsViewModel model;

    @BeforeEach
    void store() {
        store = new Profiles(dir, CLOCK, 1000).create("Camille", Role.COUNSELLOR, "123456".toCharArray());
        store.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
        goal = store.goals()
                .save(new Goal(
                        UUID.randomUUID(),
                        samia,
                        Term.of(GoalTheme.MOBILITE),
                        "Je me sens capable de passer le permis B",
                        ProposedBy.JOINT,
                        GoalStatus.EN_COURS,
                        null,
                        LocalDate.of(2026, 4, 1),
                        null));
        model = new ConflictsViewModel(
                store,
                new DirectBackground(),
                new EasyRead(new Messages(Language.FRENCH), false, 1.0),
                syncRequests::incrementAndGet);
    }

    @AfterEach
    void close() {
        store.close();
    }

    Conflict conflict(String field, String server, String phone) {
        return store.conflicts()
                .save(new Conflict(
                        UUID.randomUUID(),
                        samia,
                        "goal",
                        goal.id(),
                        field,
                        server,
                        phone,
                        1,
                        UUID.randomUUID(),
                        ConflictStatus.OPEN,
                        null));
    }

    @Test
    void eachConflictSaysTheRecordWhoseFileTheFieldAndBothValuesInWords() {
        conflict("status", "\"ATTEINT\"", "\"ABANDONNE\"");
        model.load();

        ConflictItem item = model.items().get(0);
        assertThat(item.record()).isEqualTo("Objectif «\u00a0Je me sens capable de passer le permis B\u00a0»");
        assertThat(item.person()).isEqualTo("Samia B.");
        assertThat(item.field()).isEqualTo("Statut");
        assertThat(item.serverText()).isEqualTo("Atteint");
        assertThat(item.phoneText()).isEqualTo("Abandonné");
        assertThat(item.combinable())
                .as("a status is a code: choose, do not combine")
                .isFalse();
    }

    @Test
    void choosingTheServersValueResolvesTheConflictAndWritesTheRecord() {
        Conflict c = conflict("status", "\"ATTEINT\"", "\"ABANDONNE\"");
        int before = store.outbox().pendingCount();
        model.load();

        model.keepServer(model.items().get(0));

        assertThat(store.conflicts().find(c.id()).orElseThrow().status()).isEqualTo(ConflictStatus.RESOLVED);
        assertThat(store.conflicts().find(c.id()).orElseThrow().resolvedValue()).isEqualTo("\"ATTEINT\"");
        assertThat(store.goals().find(goal.id()).orElseThrow().status()).isEqualTo(GoalStatus.ATTEINT);
        assertThat(store.outbox().pending(100))
                .extracting(OutboxEntry::kind)
                .contains(org.jalons.domain.RecordKind.CONFLICT, org.jalons.domain.RecordKind.GOAL);
        assertThat(store.outbox().pendingCount()).isEqualTo(before + 2);
        assertThat(model.items()).isEmpty();
        assertThat(model.infoProperty().get())
                .isEqualTo("C’est noté\u00a0: la valeur enregistrée à la structure est gardée.");
        assertThat(syncRequests).hasValue(1);
    }

    @Test
    void twoTextsCanBeCombinedIntoANewOne() {
        Conflict c = conflict(
                "phrasing", "\"Je me sens capable de passer le permis\"", "\"Je me sens capable de conduire\"");
        model.load();
        ConflictItem item = model.items().get(0);
        assertThat(item.combinable()).isTrue();
        assertThat(item.combinedDraft()).contains("conduire").contains("passer le permis");

        model.combine(item, "  ");
        assertThat(model.errorProperty().get()).startsWith("Le texte à garder est vide");

        model.combine(item, "Je me sens capable de passer le permis et de conduire seule");

        assertThat(store.goals().find(goal.id()).orElseThrow().phrasing())
                .isEqualTo("Je me sens capable de passer le permis et de conduire seule");
        assertThat(store.conflicts().find(c.id()).orElseThrow().resolvedValue())
                .isEqualTo("\"Je me sens capable de passer le permis et de conduire seule\"");
    }

    @Test
    void keepingThisPhonesValueSendsIt() {
        conflict("targetDate", "\"2026-12-01\"", "null");
        model.load();
        ConflictItem item = model.items().get(0);
        assertThat(item.serverText()).isEqualTo("1 déc. 2026");
        assertThat(item.phoneText()).isEqualTo("(vide)");

        model.keepPhone(item);

        assertThat(store.goals().find(goal.id()).orElseThrow().targetDate()).isNull();
        assertThat(store.conflicts().open()).isEmpty();
    }

    @Test
    void inEasyReadTheCardAndTheAnswerUseEasyWords() {
        conflict("status", "\"ATTEINT\"", "\"ABANDONNE\"");
        ConflictsViewModel easy = new ConflictsViewModel(
                store,
                new DirectBackground(),
                new EasyRead(new Messages(Language.FRENCH), true, 1.0),
                syncRequests::incrementAndGet);
        easy.load();

        ConflictItem item = easy.items().get(0);
        assertThat(item.record()).isEqualTo("Objectif «\u00a0Je me sens capable de passer le permis B\u00a0»");
        assertThat(item.field()).isEqualTo("Où j’en suis");
        assertThat(item.serverText())
                .as("the status words are the same in both modes")
                .isEqualTo("Atteint");

        easy.keepServer(item);
        assertThat(easy.infoProperty().get()).isEqualTo("C’est fait. Je garde l’information de l’autre appareil.");
        easy.combine(new ConflictItem(item.id(), "", "", "", "", "", "", "", true, ""), " ");
        assertThat(easy.errorProperty().get())
                .isEqualTo("Le texte est vide. J’écris le texte. Ou je choisis une des deux informations.");
    }
}
