package org.jalons.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jalons.protocol.Vocabulary.Rater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The server's text rule as the app checks it (PROTOCOL.md, "Text"). */
class TextRuleTest {

    @ParameterizedTest
    @ValueSource(
            strings = {"a\uD800b", "a\uDC00b", "b\uD800", "a\u0000b", "a\u0007b", "a\u001Bb", "a\u007Fb", "a\u009Bb"})
    void charactersTheServerRefusesAreRefusedInEveryText(String text) {
        assertThat(TextRule.problem(text, false)).isEqualTo(TextRule.INVALID_CHARACTERS);
        assertThat(TextRule.problem(text, true)).isEqualTo(TextRule.INVALID_CHARACTERS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\tb", "a\nb", "a\r\nb"})
    void tabsAndLineBreaksAreForLongTextsOnly(String text) {
        assertThat(TextRule.problem(text, false)).isEqualTo(TextRule.ONE_LINE);
        assertThat(TextRule.problem(text, true)).isNull();
    }

    @Test
    void everyUnicodeCharacterIsFineAndTextIsKeptNfcWithLfLineBreaks() {
        assertThat(TextRule.problem("Permis 🚗 été \uFFFE\uFFFF", false)).isNull();
        assertThat(TextRule.normalise("Cre\u0300che e\u0301te\u0301")).isEqualTo("Crèche été");
        assertThat(TextRule.normalise("un\r\ndeux\rtrois")).isEqualTo("un\ndeux\ntrois");
    }

    @Test
    void recordsSayWhichFieldBreaksTheRuleInPlainWords() {
        UUID id = UUID.randomUUID();
        Beneficiary pasted = new Beneficiary(
                id,
                "Samia\u0000",
                "06 12\n34 56 78",
                LocalDate.of(2026, 1, 5),
                null,
                null,
                List.of(Term.custom("Garde\u0007")),
                null,
                "Nord\nEst");
        assertThat(pasted.violations())
                .extracting(v -> v.field() + ":" + v.key())
                .containsExactlyInAnyOrder(
                        "displayName:invalidCharacters", "site:oneLine", "eligibility:invalidCharacters");
        Note note = new Note(id, id, "Première ligne\n\tdeuxième \uD83D\uDE00", Instant.now(), Rater.BENEFICIARY);
        assertThat(note.violations()).isEmpty();
        Note broken = new Note(id, id, "abîmé \uDE00", Instant.now(), Rater.BENEFICIARY);
        assertThat(broken.violations()).hasSize(1);
        assertThat(broken.violations().get(0).message(Locale.FRENCH)).contains("caractère invisible ou abîmé");
        assertThat(broken.violations().get(0).message(Locale.ENGLISH)).contains("invisible or damaged character");
    }
}
