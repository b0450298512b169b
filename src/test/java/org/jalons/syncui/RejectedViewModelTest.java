package org.jalons.syncui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jalons.domain.Beneficiary;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.jalons.protocol.Vocabulary.Role;
import org.jalons.storage.LocalStore;
import org.jalons.storage.OutboxEntry;
import org.jalons.storage.Profiles;
import org.jalons.testing.RefusedChanges;
import org.jalons.ui.DirectBackground;
import org.jalons.ui.EasyRead;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A refused change says why in plain words, one message per code the server refuses with, in FR, EN, easy-read. */
class RejectedViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    /** Each stable code of PROTOCOL.md (Push), its HTTP-style code, and the message it must show. */
    static final Map<String, Object[]> CODES = new LinkedHashMap<>();

    static {
        CODES.put("invalid_change", new Object[] {422, "sync.rejected.reason.invalid"});
        CODES.put("invalid_text", new Object[] {422, "sync.rejected.reason.invalidText"});
        CODES.put("not_found", new Object[] {404, "sync.rejected.reason.notFound"});
        CODES.put("forbidden_write", new Object[] {403, "sync.rejected.reason.forbiddenWrite"});
        CODES.put("consent_missing", new Object[] {422, "sync.rejected.reason.consent"});
        CODES.put("clock_skew", new Object[] {422, "sync.rejected.reason.clockSkew"});
        CODES.put("change_id_reused", new Object[] {409, "sync.rejected.reason.duplicate"});
    }

    @TempDir
    Path dir;

    LocalStore store;
    UUID samia = UUID.randomUUID();

    @BeforeEach
    void store() {
        store = new Profiles(dir, CLOCK, 1000).create("Camille", Role.COUNSELLOR, "123456".toCharArray());
        store.beneficiaries()
                .save(new Beneficiary(
                        samia, "Samia B.", null, LocalDate.of(2026, 3, 2), null, null, List.of(), null, null));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** One refusal per code, kept as the sync engine keeps them; in the order of {@link #CODES}. */
    private List<OutboxEntry> refusals() {
        int n = 0;
        for (Map.Entry<String, Object[]> code : CODES.entrySet()) {
            RefusedChanges.refusedPerson(
                    store,
                    samia,
                    "Samia B. " + ++n,
                    (Integer) code.getValue()[0],
                    code.getKey(),
                    "the server's own sentence");
        }
        List<OutboxEntry> rejected = store.outbox().rejected();
        return rejected.subList(rejected.size() - CODES.size(), rejected.size());
    }

    @ParameterizedTest
    @CsvSource({"FRENCH, false", "FRENCH, true", "ENGLISH, false", "ENGLISH, true"})
    void eachRefusalCodeHasItsOwnPlainMessage(Language language, boolean easyRead) {
        EasyRead texts = new EasyRead(new Messages(language), easyRead, 1.0);
        RejectedViewModel model = new RejectedViewModel(store, new DirectBackground(), texts, ZoneOffset.UTC, () -> {});
        List<OutboxEntry> refused = refusals();
        List<String> expected =
                CODES.values().stream().map(v -> texts.get((String) v[1])).toList();

        assertThat(refused).extracting(OutboxEntry::rejectError).containsExactlyElementsOf(CODES.keySet());
        assertThat(refused).extracting(model::reason).containsExactlyElementsOf(expected);
        assertThat(model.reason(refused.get(3)))
                .as("forbidden_write is not told as a missing file")
                .isNotEqualTo(texts.get("sync.rejected.reason.notFound"))
                .doesNotContain("the server's own sentence");
        assertThat(expected).doesNotHaveDuplicates().noneMatch(String::isBlank);
    }

    @ParameterizedTest
    @CsvSource({
        "403, sync.rejected.reason.notFound",
        "422, sync.rejected.reason.invalid",
        "500, sync.rejected.reason.other"
    })
    void aRefusalWithoutACodeIsToldByItsHttpCode(int code, String key) {
        EasyRead texts = new EasyRead(new Messages(Language.FRENCH), false, 1.0);
        RejectedViewModel model = new RejectedViewModel(store, new DirectBackground(), texts, ZoneOffset.UTC, () -> {});
        UUID change = store.outbox().pending(1).get(0).changeId();
        store.database().inTransaction(c -> {
            store.outbox().reject(c, change, code, "Not a code", "refused before store V16");
            return null;
        });

        assertThat(store.outbox().rejected()).singleElement().satisfies(e -> {
            assertThat(e.rejectError()).as("not a stable code: not kept").isNull();
            assertThat(model.reason(e)).isEqualTo(texts.get(key));
        });
    }

    @ParameterizedTest
    @CsvSource({"FRENCH, false", "FRENCH, true", "ENGLISH, false", "ENGLISH, true"})
    void aNoteTooLongSaysWhichTextHowLongItIsTheLimitAndThatSendingAgainIsNoWayOut(
            Language language, boolean easyRead) {
        EasyRead texts = new EasyRead(new Messages(language), easyRead, 1.0);
        RejectedViewModel model = new RejectedViewModel(store, new DirectBackground(), texts, ZoneOffset.UTC, () -> {});
        OutboxEntry refused = new OutboxEntry(
                1,
                UUID.randomUUID(),
                UUID.randomUUID(),
                org.jalons.domain.RecordKind.NOTE,
                samia,
                OutboxEntry.Op.UPSERT,
                0,
                Map.of("text", "x".repeat(4210), "authorRole", "COUNSELLOR"),
                CLOCK.instant(),
                UUID.randomUUID(),
                OutboxEntry.State.REJECTED,
                422,
                "text must be at most 4000 characters",
                "invalid_change");

        RejectedItem item = model.item(new RecordWords(texts, store), refused);

        String limit = new com.ibm.icu.text.MessageFormat("{0, number}", language.locale()).format(new Object[] {4000});
        String length =
                new com.ibm.icu.text.MessageFormat("{0, number}", language.locale()).format(new Object[] {4210});
        assertThat(item.reason())
                .startsWith(texts.get("sync.rejected.reason.invalid"))
                .contains(length, limit, texts.get("sync.field.text"))
                .doesNotContain("must be at most", "sync.");
        if (!easyRead) {
            assertThat(item.reason()).contains("210");
        }
        assertThat(item.canRetry()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void everyTextFieldATooLongRefusalCanNameHasItsWordsInBothLanguagesAndEasyRead() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (Language language : Language.values()) {
            for (boolean easy : new boolean[] {false, true}) {
                RecordWords words = new RecordWords(new EasyRead(new Messages(language), easy, 1.0), store);
                for (org.jalons.protocol.RecordSchema kind : org.jalons.protocol.RecordSchema.ALL) {
                    kind.fields().forEach((name, shape) -> {
                        boolean text = shape.type() == org.jalons.protocol.FieldShape.Type.TEXT
                                || shape.type() == org.jalons.protocol.FieldShape.Type.LONG_TEXT;
                        if (text && words.field(name).startsWith("sync.field.")) {
                            missing.add(language + (easy ? " easy " : " ") + kind.wireName() + "." + name);
                        }
                    });
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
