package org.jalons.ui.form;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jalons.storage.DraftKey;
import org.jalons.storage.LocalStore;
import org.jalons.storage.TestStores;
import org.jalons.ui.StoreThreadBackground;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FormStateTest {
    static final DraftKey KEY = DraftKey.of(DraftKey.Form.MY_NEW_GOAL);

    @TempDir
    Path dir;

    LocalStore store;
    WatchedDrafts drafts;
    final StoreThreadBackground background = new StoreThreadBackground();
    final StringProperty theme = new SimpleStringProperty("");
    final StringProperty words = new SimpleStringProperty("");
    final ListAppender<ILoggingEvent> log = new ListAppender<>();
    final Logger logger = (Logger) LoggerFactory.getLogger(FormDraft.class);

    @BeforeEach
    void open() {
        store = TestStores.counsellorStore(dir);
        drafts = new WatchedDrafts(store.drafts());
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void close() {
        logger.detachAppender(log);
        background.close();
        store.close();
    }

    private FormState form() {
        FormState form = new FormState(drafts, background, KEY);
        form.add("theme", theme, v -> v.isEmpty() ? "my.goal.themeMissing" : null);
        form.add("words", words);
        form.load();
        return form;
    }

    @Test
    void aDraftLeftIsRestoredOnceReadOnTheStoreThread() {
        store.drafts().save(KEY, Map.of("theme", "LOGEMENT", "words", "trouver un studio"));
        FormState form = form();
        assertThat(form.loadedProperty().get()).isFalse();
        assertThat(words.get()).isEmpty();

        background.runAll();
        assertThat(form.loadedProperty().get()).isTrue();
        assertThat(theme.get()).isEqualTo("LOGEMENT");
        assertThat(words.get()).isEqualTo("trouver un studio");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(drafts.uses).extracting(WatchedDrafts.Use::thread).containsOnly(StoreThreadBackground.THREAD);
    }

    @Test
    void whatIsTypedBeforeTheDraftArrivesIsKeptAndMergedWithIt() {
        store.drafts().save(KEY, Map.of("theme", "LOGEMENT", "words", "ancien texte"));
        form();
        words.set("nouveau texte");
        background.runAll();
        assertThat(words.get()).isEqualTo("nouveau texte");
        assertThat(theme.get()).isEqualTo("LOGEMENT");
        assertThat(store.drafts().load(KEY)).contains(Map.of("theme", "LOGEMENT", "words", "nouveau texte"));
    }

    @Test
    void rapidKeystrokesAreCoalescedAndTheLastOneIsWritten() {
        FormState form = form();
        background.runAll();
        String typed = "";
        for (char c : "trouver un studio".toCharArray()) {
            typed += c;
            words.set(typed);
        }
        assertThat(background.queued()).isEqualTo(1);
        background.runAll();
        assertThat(drafts.saves()).hasSize(1);
        assertThat(store.drafts().load(KEY).orElseThrow()).containsEntry("words", "trouver un studio");

        words.set("trouver un studio à Lille");
        theme.set("LOGEMENT");
        background.runAll();
        assertThat(drafts.saves()).hasSize(2);
        assertThat(store.drafts().load(KEY))
                .contains(Map.of("theme", "LOGEMENT", "words", "trouver un studio à Lille"));
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void theDraftIsClearedOnceTheRecordIsSavedAndAChangeAfterKeepsANewOne() {
        FormState form = form();
        background.runAll();
        words.set("à effacer");
        form.saved(); // the record was stored before the queued draft write ran
        background.runAll();
        assertThat(store.drafts().load(KEY)).isEmpty();
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.field("words").dirtyProperty().get()).isFalse();

        words.set("une autre idée");
        background.runAll();
        assertThat(store.drafts().load(KEY).orElseThrow()).containsEntry("words", "une autre idée");
    }

    @Test
    void anUnreadableDraftGivesAnEmptyFormAndALogLine() {
        store.database().inTransaction(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO DRAFT (DRAFT_KEY, CONTENT, UPDATED_AT) VALUES (?, ?, NOW())")) {
                ps.setString(1, KEY.stored());
                ps.setString(2, "{\"words\": tronqué");
                ps.executeUpdate();
            }
            return null;
        });
        FormState form = form();
        background.runAll();
        assertThat(form.loadedProperty().get()).isTrue();
        assertThat(words.get()).isEmpty();
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("cannot be read"));

        words.set("on repart de zéro");
        background.runAll();
        assertThat(store.drafts().load(KEY).orElseThrow()).containsEntry("words", "on repart de zéro");
    }

    @Test
    void aDraftThatCannotBeWrittenIsLoggedAndTheNextChangeIsWritten() {
        form();
        background.runAll();
        drafts.failWrites = true;
        words.set("disque plein");
        background.runAll();
        assertThat(log.list).anyMatch(e -> e.getFormattedMessage().contains("could not be saved"));
        drafts.failWrites = false;
        words.set("disque vidé");
        background.runAll();
        assertThat(store.drafts().load(KEY).orElseThrow()).containsEntry("words", "disque vidé");
    }

    @Test
    void nothingIsReadOrWrittenOnTheScreensThread() {
        FormState form = form();
        words.set("a");
        theme.set("LOGEMENT");
        form.saved();
        words.set("b");
        assertThat(drafts.uses).isEmpty(); // all of it is queued for the store thread
        background.runAll();
        // The write queued before the record was saved would have written "b" before the clear: it is dropped.
        assertThat(drafts.uses).extracting(WatchedDrafts.Use::what).containsExactly("load", "clear", "save");
        assertThat(store.drafts().load(KEY).orElseThrow()).containsEntry("words", "b");
        assertThat(drafts.uses).extracting(WatchedDrafts.Use::thread).containsOnly(StoreThreadBackground.THREAD);
    }

    @Test
    void aFieldKnowsItsRuleAndTheFormItsValidity() {
        FormState form = form();
        background.runAll();
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.field("theme").problem()).isEqualTo("my.goal.themeMissing");
        theme.set("  ");
        assertThat(form.validProperty().get()).isFalse();
        theme.set("SANTE");
        assertThat(form.field("theme").problem()).isNull();
        assertThat(form.validProperty().get()).isTrue();
        assertThat(form.field("theme").dirtyProperty().get()).isTrue();
        assertThat(form.field("words").dirtyProperty().get()).isFalse();
    }

    @Test
    void aDraftRemovedWithItsRecordsIsNotBroughtBackByAChangeQueuedBehindThem() {
        FormDraft draft = new FormDraft(drafts, background, KEY);
        draft.save(Map.of("words", "visite"));
        background.runAll();
        background.run(
                () -> {
                    store.drafts().clear(KEY);
                    draft.close(); // as a use case does, in the transaction that removes the draft
                    return null;
                },
                done -> {},
                failure -> {});
        draft.save(Map.of("words", "tapé pendant l'écriture"));
        background.runAll();
        assertThat(drafts.saves()).hasSize(1);
        assertThat(store.drafts().load(KEY)).isEmpty();
    }
}
