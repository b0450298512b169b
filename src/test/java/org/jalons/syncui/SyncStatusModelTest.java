package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.PairingLink;
import org.jalons.sync.RestoreNotice;
import org.jalons.sync.SyncProblem;
import org.jalons.sync.SyncStatus;
import org.junit.jupiter.api.Test;

class SyncStatusModelTest {
    static final Instant NOW = Instant.parse("2026-11-26T10:00:00Z");
    final Messages messages = new Messages(Language.FRENCH);
    final SyncStatusModel model = new SyncStatusModel(messages, Clock.fixed(NOW, ZoneOffset.UTC), Runnable::run);

    @Test
    void showsPendingChangesAndTheLastSuccessInMinutes() {
        model.accept(new SyncStatus(false, 3, NOW.minusSeconds(5 * 60 + 20), null, 0, 0));

        assertThat(model.pendingTextProperty().get()).isEqualTo("3 modifications en attente d’envoi");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Dernier échange il y a 5 min");
        assertThat(model.errorTextProperty().get()).isEmpty();
        assertThat(model.availableProperty().get()).isTrue();
    }

    @Test
    void oneChangeIsSingularAndNothingPendingSaysEverythingIsSent() {
        model.accept(new SyncStatus(false, 1, null, null, 0, 0));
        assertThat(model.pendingTextProperty().get()).isEqualTo("1 modification en attente d’envoi");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Aucun échange encore");

        model.accept(new SyncStatus(false, 0, NOW.minusSeconds(3 * 86400), null, 0, 0));
        assertThat(model.pendingTextProperty().get()).isEqualTo("Tout est envoyé");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Dernier échange il y a 3 jours");
    }

    @Test
    void aFailureIsSaidInPlainWordsWithTheBadgesCounts() {
        model.accept(new SyncStatus(false, 2, NOW.minusSeconds(7200), SyncProblem.NO_NETWORK, 1, 4));

        assertThat(model.errorTextProperty().get()).startsWith("Pas de réseau\u00a0: vos saisies sont gardées");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Dernier échange il y a 2 h");
        assertThat(model.conflictsProperty().get()).isEqualTo(1);
        assertThat(model.rejectedProperty().get()).isEqualTo(4);
    }

    /** A sync the server refused says what its refusal code means, in each language and in easy-read. */
    @Test
    void aRefusedSyncSaysWhatTheServersRefusalMeans() {
        model.accept(new SyncStatus(false, 2, null, SyncProblem.SERVER_REFUSED, 0, 0, "forbidden"));
        assertThat(model.errorTextProperty().get())
                .isEqualTo(messages.get("sync.refusal.forbidden"))
                .startsWith("Votre compte n’a pas le droit de faire cela.")
                .isNotEqualTo(SyncProblem.SERVER_REFUSED.message(messages.locale()));

        messages.setLanguage(Language.ENGLISH);
        assertThat(model.errorTextProperty().get()).isEqualTo(messages.get("sync.refusal.forbidden"));

        messages.setLanguage(Language.FRENCH);
        model.easyReadProperty().set(true);
        assertThat(model.errorTextProperty().get())
                .isEqualTo("Je n’ai pas le droit de faire cela. Je demande à la personne qui s’occupe des comptes.");
    }

    /** After the organisation's data was restored from a backup, the status says so once, in the app's words. */
    @Test
    void aRestoreIsToldWithWhatThisPhoneSentAgain() {
        model.accept(new SyncStatus(false, 0, NOW, null, 0, 0, null));
        assertThat(model.restoredTextProperty().get()).isEmpty();

        model.accept(new SyncStatus(false, 0, NOW, null, 0, 2, null, new RestoreNotice(NOW, 5, 2)));
        assertThat(model.restoredTextProperty().get())
                .isEqualTo("Les données de votre structure ont été restaurées depuis une sauvegarde. Ce téléphone a"
                        + " renvoyé 5 modifications qui y manquaient. 2 d’entre elles sont refusées\u00a0: voyez les"
                        + " modifications refusées.")
                .doesNotContainIgnoringCase("serveur");

        model.accept(new SyncStatus(false, 0, NOW, null, 0, 0, null, new RestoreNotice(NOW, 1, 0)));
        messages.setLanguage(Language.ENGLISH);
        assertThat(model.restoredTextProperty().get())
                .isEqualTo("Your organisation’s data was restored from a backup. This phone sent again 1 change that"
                        + " was missing.");

        messages.setLanguage(Language.FRENCH);
        model.easyReadProperty().set(true);
        assertThat(model.restoredTextProperty().get())
                .isEqualTo("Les données de ma structure sont revenues à une date d’avant. Ce téléphone a renvoyé 1"
                        + " changement.");
    }

    @Test
    void aRefusalWithACodeThisAppDoesNotKnowFallsBackToTheGeneralWords() {
        model.accept(new SyncStatus(false, 0, null, SyncProblem.SERVER_REFUSED, 0, 0, "no_such_code"));
        assertThat(model.errorTextProperty().get()).isEqualTo(SyncProblem.SERVER_REFUSED.message(messages.locale()));
    }

    @Test
    void aRunningSyncSaysSoAndTheTextsFollowTheLanguage() {
        model.accept(new SyncStatus(true, 2, null, null, 0, 0));
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Envoi et réception en cours…");

        messages.setLanguage(Language.ENGLISH);
        assertThat(model.pendingTextProperty().get()).isEqualTo("2 changes waiting to be sent");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Sending and receiving…");
    }

    @Test
    void inEasyReadTheStatusIsSaidInEasyWordsAndFollowsTheSwitchAtOnce() {
        model.accept(new SyncStatus(false, 3, NOW.minusSeconds(5 * 60 + 20), SyncProblem.NO_NETWORK, 1, 2));
        model.easyReadProperty().set(true);

        assertThat(model.pendingTextProperty().get()).isEqualTo("3 changements à envoyer");
        assertThat(model.lastSyncTextProperty().get()).isEqualTo("Dernier envoi\u00a0: il y a 5 minutes");
        assertThat(model.errorTextProperty().get())
                .isEqualTo("Pas de réseau. Mes données restent sur ce téléphone. Elles partent plus tard.");
        assertThat(model.texts().get("sync.badge.conflicts", 1)).isEqualTo("1 choix à faire");

        messages.setLanguage(Language.ENGLISH);
        assertThat(model.pendingTextProperty().get()).isEqualTo("3 changes to send");
        assertThat(model.errorTextProperty().get())
                .isEqualTo("No network. My data stays on this phone. It is sent later.");

        model.easyReadProperty().set(false);
        assertThat(model.pendingTextProperty().get()).isEqualTo("3 changes waiting to be sent");
    }

    @Test
    void everySyncProblemHasAnEasyReadSentenceInBothLanguages() {
        for (Language language : Language.values()) {
            SyncStatusText easy = new SyncStatusText(new org.jalons.ui.EasyRead(new Messages(language), true, 1.0));
            for (SyncProblem problem : SyncProblem.values()) {
                assertThat(easy.problem(problem))
                        .as(language + " " + problem)
                        .isNotBlank()
                        .doesNotContain("sync.problem")
                        .isNotEqualTo(problem.message(language.locale()));
            }
        }
    }

    @Test
    void closingTheStoreClearsTheStatus() {
        model.accept(new SyncStatus(false, 2, null, null, 1, 0));
        model.clear();
        assertThat(model.availableProperty().get()).isFalse();
        assertThat(model.pendingTextProperty().get()).isEmpty();
        assertThat(model.conflictsProperty().get()).isZero();
    }

    @Test
    void pairingLinksCarryTheServerAndTheCodeBothWays() {
        PairingLink link = new PairingLink("https://jalons.example.org:8443/base", "K7P2QX9M");
        assertThat(link.uri())
                .isEqualTo("jalons://pair?server=https%3A%2F%2Fjalons.example.org%3A8443%2Fbase&code=K7P2QX9M");
        assertThat(PairingLink.parse(link.uri())).contains(link);
        assertThat(PairingLink.parse("K7P2QX9M")).isEmpty();
        assertThat(PairingLink.parse("jalons://pair?code=K7P2QX9M")).isEmpty();
    }

    @Test
    void theQrCodeHoldsThePairingLink() throws Exception {
        String uri = new PairingLink("https://jalons.example.org", "K7P2QX9M").uri();
        com.google.zxing.common.BitMatrix m = QrCode.matrix(uri, 240);
        com.google.zxing.LuminanceSource source = new BitMatrixSource(m);
        String read = new com.google.zxing.qrcode.QRCodeReader()
                .decode(new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(source)))
                .getText();
        assertThat(read).isEqualTo(uri);
    }

    /** Reads a ZXing matrix back as an image, to decode what was drawn. */
    static final class BitMatrixSource extends com.google.zxing.LuminanceSource {
        private final com.google.zxing.common.BitMatrix m;

        BitMatrixSource(com.google.zxing.common.BitMatrix m) {
            super(m.getWidth(), m.getHeight());
            this.m = m;
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] r = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            for (int x = 0; x < getWidth(); x++) {
                r[x] = (byte) (m.get(x, y) ? 0 : 255);
            }
            return r;
        }

        @Override
        public byte[] getMatrix() {
            byte[] all = new byte[getWidth() * getHeight()];
            for (int y = 0; y < getHeight(); y++) {
                System.arraycopy(getRow(y, null), 0, all, y * getWidth(), getWidth());
            }
            return all;
        }
    }
}
