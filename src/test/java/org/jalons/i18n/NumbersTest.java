package org.jalons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void aChangeDownIsWrittenWithTheMinusSignInBothLanguages() {
        assertThat(Numbers.change(-0.3, Locale.FRENCH)).isEqualTo("\u22120,3");
        assertThat(Numbers.change(0.3, Locale.FRENCH)).isEqualTo("+0,3");
        assertThat(Numbers.change(-1.25, Locale.ENGLISH)).isEqualTo("\u22121.3");
        assertThat(Numbers.decimal(-2, Locale.FRENCH)).isEqualTo("\u22122,0");
        assertThat(Numbers.decimal(7.5, Locale.FRENCH)).isEqualTo("7,5");
    }
}
