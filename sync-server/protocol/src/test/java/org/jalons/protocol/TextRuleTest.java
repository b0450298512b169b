package org.jalons.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text rule both sides apply: the first problem met, and the stored form. */
class TextRuleTest {

    @Test
    void aTextOfUnicodeCharactersOnOneLineFollowsTheRule() {
        assertThat(TextRule.problem("Zoé 🙂 café", false)).isNull();
        assertThat(TextRule.problem("", false)).isNull();
    }

    @Test
    void tabsAndLineBreaksAreForLongTextsOnly() {
        assertThat(TextRule.problem("a\tb", false)).isEqualTo(TextRule.Problem.LINE_BREAK);
        assertThat(TextRule.problem("a\r\nb", false)).isEqualTo(TextRule.Problem.LINE_BREAK);
        assertThat(TextRule.problem("a\tb\nc\r\n", true)).isNull();
    }

    @Test
    void surrogatesNulAndOtherControlsAreRefusedEverywhereInTheOrderMet() {
        assertThat(TextRule.problem("a\uD800", true)).isEqualTo(TextRule.Problem.LONE_SURROGATE);
        assertThat(TextRule.problem("\uDC00a", true)).isEqualTo(TextRule.Problem.LONE_SURROGATE);
        assertThat(TextRule.problem("a\u0000", true)).isEqualTo(TextRule.Problem.NUL);
        assertThat(TextRule.problem("a\u0007", true)).isEqualTo(TextRule.Problem.CONTROL);
        assertThat(TextRule.problem("a\u0085", true)).isEqualTo(TextRule.Problem.CONTROL);
        assertThat(TextRule.problem("\t\u0000", false)).isEqualTo(TextRule.Problem.LINE_BREAK);
    }

    @Test
    void theStoredFormIsNfcWithLfLineBreaks() {
        assertThat(TextRule.normalise("e\u0301\r\nb\rc")).isEqualTo("é\nb\nc");
        String plain = "déjà";
        assertThat(TextRule.normalise(plain)).isSameAs(plain);
    }
}
