package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * One colour meaning across the app's charts: the person's blue and the counsellor's orange are drawn for them
 * alone, always in the same series of the ratings chart and the same voice of the dashboard's confidence bars; the
 * dashboard's counts use neither.
 */
class ChartColoursTest {
    static final String PERSON = "#0969da";
    static final String COUNSELLOR = "#bc4c00";

    @Test
    void thePersonsBlueAndTheCounsellorsOrangeMeanThemInEveryChart() throws IOException {
        List<StylesheetContrastTest.Rule> charts = StylesheetContrastTest.rules(css()).stream()
                .filter(r -> r.selector().contains("chart"))
                .toList();
        assertThat(charts).isNotEmpty();
        for (StylesheetContrastTest.Rule r : charts) {
            String looks = String.join(";", r.declarations().values()).toLowerCase(Locale.ROOT);
            if (looks.contains(PERSON)) {
                assertThat(r.selector())
                        .as(r.selector())
                        .matches(s -> s.startsWith(".ratings-chart") && s.contains("default-color0")
                                || s.startsWith(".confidence-bars-chart") && !s.contains("voice-counsellor"));
            }
            if (looks.contains(COUNSELLOR)) {
                assertThat(r.selector())
                        .as(r.selector())
                        .matches(s -> s.startsWith(".ratings-chart") && s.contains("default-color1")
                                || s.startsWith(".confidence-bars-chart") && !s.contains("voice-self"));
            }
            if (r.selector().startsWith(".summary-chart")) {
                assertThat(looks).as(r.selector()).doesNotContain(PERSON, COUNSELLOR, "-color-accent");
            }
        }
        assertThat(charts)
                .anyMatch(r -> r.selector().equals(".ratings-chart .chart-series-line.default-color0")
                        && r.declarations().get("-fx-stroke").equalsIgnoreCase(PERSON))
                .anyMatch(r -> r.selector().equals(".ratings-chart .chart-series-line.default-color1")
                        && r.declarations().get("-fx-stroke").equalsIgnoreCase(COUNSELLOR))
                .anyMatch(r -> r.selector().contains(".voice-self.moment-latest")
                        && r.declarations().get("-fx-background-color").equalsIgnoreCase(PERSON))
                .anyMatch(r -> r.selector().contains(".voice-counsellor.moment-latest")
                        && r.declarations().get("-fx-background-color").equalsIgnoreCase(COUNSELLOR));
    }

    private static String css() throws IOException {
        try (InputStream in = Theme.class.getResourceAsStream("jalons.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
