package org.jalons.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.Test;

/** A row of one of the organisation's own themes reads as its label; the vocabulary's rows as before. */
class SummaryFormatOrgThemesTest {

    @Test
    void anOrganisationsThemeRowReadsAsItsLabel() {
        SummaryFormat format =
                new SummaryFormat(new Messages(Language.FRENCH), Map.of("ORG_K7P2QX9M", "Passer le permis")::get);

        assertThat(format.rowLabel("goals", "ORG_K7P2QX9M")).isEqualTo("Passer le permis");
        assertThat(format.rowLabel("goals", "ORG_UNKNOWN1")).isEqualTo("ORG_UNKNOWN1");
        assertThat(format.rowLabel("goals", "MOBILITE"))
                .isEqualTo(new SummaryFormat(new Messages(Language.FRENCH)).rowLabel("goals", "MOBILITE"));
    }
}
