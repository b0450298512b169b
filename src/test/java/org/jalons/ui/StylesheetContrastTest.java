package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every text colour of jalons.css on the background it is drawn on keeps WCAG AA contrast (4.5:1). The theme's
 * looked-up colours ({@code -color-fg-muted}) are read from Primer Light itself; a rule with no background of its
 * own is on the background of the nearest rule its selector sits in ({@code .header-bar .header-title} on
 * {@code .header-bar}), else on the app's white.
 */
class StylesheetContrastTest {
    static final double AA_TEXT = 4.5;
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern LOOKED_UP = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");

    /** Text whose rule does not name the part it is drawn on (the code places it there): that part's selector. */
    static final Map<String, String> DRAWN_ON =
            Map.of(".header-title", ".header-bar", ".snackbar-text", ".snackbar", ".snackbar-action", ".snackbar");

    record Rule(String selector, Map<String, String> declarations) {}

    @Test
    void everyTextColourOfTheStylesheetHasAaContrastOnItsBackground() throws IOException {
        Map<String, String> palette = palette();
        List<Rule> rules = rules(read(Theme.class.getResource("jalons.css").toExternalForm()));
        List<String> weak = new ArrayList<>();
        int pairs = 0;
        for (Rule r : rules) {
            String text = r.declarations().get("-fx-text-fill");
            if (text == null) {
                continue;
            }
            Optional<double[]> fg = colour(text, palette);
            Optional<double[]> bg = background(r.selector(), rules, palette);
            if (fg.isEmpty() || bg.isEmpty()) {
                continue;
            }
            pairs++;
            double ratio = contrast(blend(fg.get(), bg.get()), bg.get());
            if (ratio < AA_TEXT) {
                weak.add(String.format(Locale.ROOT, "%s: %s on its background, %.2f:1", r.selector(), text, ratio));
            }
        }
        assertThat(pairs).as("text colours checked").isGreaterThan(40);
        assertThat(weak).isEmpty();
    }

    @Test
    void theContrastMeasureIsWcags() {
        double[] black = {0, 0, 0, 1};
        double[] white = {1, 1, 1, 1};
        assertThat(contrast(black, white)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast(colour("#59636E", Map.of()).orElseThrow(), white))
                .isGreaterThan(6.0)
                .isLessThan(6.3);
    }

    /** The background the rule's text is drawn on: its own, else that of a rule its selector is inside. */
    private static Optional<double[]> background(String selector, List<Rule> rules, Map<String, String> palette) {
        String s = DRAWN_ON.getOrDefault(selector.strip(), selector.strip());
        while (true) {
            for (Rule r : rules) {
                if (r.selector().strip().equals(s) && r.declarations().containsKey("-fx-background-color")) {
                    String layers = r.declarations().get("-fx-background-color");
                    String[] each = layers.split(",(?![^(]*\\))");
                    Optional<double[]> top = colour(each[each.length - 1], palette);
                    if (top.isPresent() && top.get()[3] > 0) {
                        return Optional.of(blend(top.get(), white()));
                    }
                }
            }
            int cut = s.lastIndexOf(' ');
            if (cut < 0) {
                return Optional.of(white());
            }
            s = s.substring(0, cut).strip();
            if (s.endsWith(">")) {
                s = s.substring(0, s.length() - 1).strip();
            }
        }
    }

    private static double[] white() {
        return new double[] {1, 1, 1, 1};
    }

    /** Rules split per selector (a list of selectors is as many rules); comments removed. */
    static List<Rule> rules(String css) {
        String plain = css.replaceAll("(?s)/\\*.*?\\*/", "");
        List<Rule> rules = new ArrayList<>();
        Matcher m = RULE.matcher(plain);
        while (m.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String d : m.group(2).split(";")) {
                int colon = d.indexOf(':');
                if (colon > 0) {
                    declarations.put(
                            d.substring(0, colon).strip(),
                            d.substring(colon + 1).strip());
                }
            }
            for (String selector : m.group(1).split(",")) {
                rules.add(new Rule(selector.strip(), declarations));
            }
        }
        return rules;
    }

    /** Primer Light's looked-up colours, by name. */
    private static Map<String, String> palette() throws IOException {
        Map<String, String> palette = new LinkedHashMap<>();
        Matcher m = LOOKED_UP.matcher(read(new PrimerLight().getUserAgentStylesheet()));
        while (m.find()) {
            palette.putIfAbsent(m.group(1), m.group(2).strip());
        }
        return palette;
    }

    /** A colour as red, green, blue, alpha (0–1); empty for what is no plain colour (a gradient, "inherit"). */
    static Optional<double[]> colour(String value, Map<String, String> palette) {
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (int depth = 0; v.startsWith("-color-") && depth < 10; depth++) {
            String next = palette.get(v);
            if (next == null) {
                return Optional.empty();
            }
            v = next.strip().toLowerCase(Locale.ROOT);
        }
        try {
            javafx.scene.paint.Color c = javafx.scene.paint.Color.web(v);
            return Optional.of(new double[] {c.getRed(), c.getGreen(), c.getBlue(), c.getOpacity()});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static double[] blend(double[] top, double[] under) {
        double a = top[3];
        return new double[] {
            top[0] * a + under[0] * (1 - a), top[1] * a + under[1] * (1 - a), top[2] * a + under[2] * (1 - a), 1
        };
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        return 0.2126 * channel(c[0]) + 0.7152 * channel(c[1]) + 0.0722 * channel(c[2]);
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String read(String url) throws IOException {
        // The theme names its stylesheet by a class path resource ("/atlantafx/…"), the app by a full URL.
        java.net.URL at = url.startsWith("/")
                ? PrimerLight.class.getResource(url)
                : URI.create(url).toURL();
        try (InputStream in = at.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
