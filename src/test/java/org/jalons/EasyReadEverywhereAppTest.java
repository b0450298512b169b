package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Walks every screen a person followed can reach with easy-read on, dialogs and sheets included, and fails on any
 * text shown in its plain version where an easy-read one is wanted: a text that is exactly the plain text of a key
 * whose {@code .easy} version is missing or says something else (and is no key's easy-read text).
 */
class EasyReadEverywhereAppTest extends RealAppTest {
    /** Plain text → the keys that say it, for the keys whose easy-read text is missing or different. */
    static final Map<String, Set<String>> PLAIN_ONLY = new HashMap<>();

    @TempDir
    Path home;

    final Set<String> plainShown = new TreeSet<>();

    /**
     * Texts that take arguments ("Le code doit avoir au moins {0} chiffres."), as patterns: the key's words with
     * anything in place of each argument, for the keys whose easy-read text is missing or different.
     */
    static final Map<java.util.regex.Pattern, String> PLAIN_ONLY_WITH_ARGUMENTS = new HashMap<>();
    /** The easy-read texts that take arguments, as patterns: a text they say is no plain-only text. */
    static final List<java.util.regex.Pattern> EASY_WITH_ARGUMENTS = new ArrayList<>();

    @BeforeAll
    static void texts() throws IOException {
        Messages fr = new Messages(Language.FRENCH);
        Set<String> easyTexts = new HashSet<>();
        Map<String, String> plain = new HashMap<>();
        for (String family : Messages.FAMILIES) {
            Properties p = load(Messages.class, family + ".properties");
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".easy")) {
                    easyTexts.add(fr.get(key));
                } else {
                    plain.put(key, fr.get(key));
                }
            }
            withArguments(p);
        }
        plain.forEach((key, text) -> {
            String easy = fr.get(key + ".easy");
            boolean hasEasy = !easy.equals(key + ".easy");
            if ((!hasEasy || !easy.equals(text)) && !easyTexts.contains(text)) {
                PLAIN_ONLY.computeIfAbsent(text, t -> new TreeSet<>()).add(key);
            }
        });
        // The rules' wordings, which forms show beside their fields ("Ce champ est obligatoire.").
        Properties rules = load(org.jalons.domain.Violation.class, "rules.properties");
        Set<String> easyRules = new HashSet<>();
        rules.stringPropertyNames().stream()
                .filter(k -> k.endsWith(".easy"))
                .forEach(k -> easyRules.add(rules.getProperty(k)));
        for (String key : rules.stringPropertyNames()) {
            String text = rules.getProperty(key);
            if (!key.endsWith(".easy")
                    && !text.contains("{")
                    && !text.equals(rules.getProperty(key + ".easy"))
                    && !easyRules.contains(text)) {
                PLAIN_ONLY.computeIfAbsent(text, t -> new TreeSet<>()).add("rules:" + key);
            }
        }
        withArguments(rules);
    }

    private static Properties load(Class<?> near, String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = near.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Adds the texts of {@code p} that take arguments to the patterns, plain-only or easy-read. */
    private static void withArguments(Properties p) {
        for (String key : p.stringPropertyNames()) {
            String text = p.getProperty(key);
            java.util.regex.Pattern pattern = argumentPattern(text);
            if (pattern == null) {
                continue;
            }
            if (key.endsWith(".easy")) {
                EASY_WITH_ARGUMENTS.add(pattern);
            } else if (!text.equals(p.getProperty(key + ".easy"))) {
                PLAIN_ONLY_WITH_ARGUMENTS.put(pattern, key);
            }
        }
    }

    /**
     * A message pattern's words, each argument ({@code {0}}, {@code {0,choice,…}}) matching any text; null for a
     * text without arguments, or with too few words of its own to tell it from another.
     */
    static java.util.regex.Pattern argumentPattern(String text) {
        if (!text.contains("{")) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder words = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                if (depth++ == 0) {
                    regex.append(java.util.regex.Pattern.quote(words.toString().replace("''", "'")))
                            .append(".+");
                    words.setLength(0);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                words.append(c);
            }
        }
        regex.append(java.util.regex.Pattern.quote(words.toString().replace("''", "'")));
        String literal =
                text.replaceAll("\\{[^{}]*(\\{[^{}]*\\}[^{}]*)*\\}", "").strip();
        return literal.length() < 6
                ? null
                : java.util.regex.Pattern.compile(regex.toString(), java.util.regex.Pattern.DOTALL);
    }

    /** The plain-only keys whose pattern says {@code text}, unless an easy-read pattern says it too. */
    static Set<String> plainOnlyWithArguments(String text) {
        if (EASY_WITH_ARGUMENTS.stream().anyMatch(p -> p.matcher(text).matches())) {
            return Set.of();
        }
        Set<String> keys = new TreeSet<>();
        PLAIN_ONLY_WITH_ARGUMENTS.forEach((pattern, key) -> {
            if (pattern.matcher(text).matches()) {
                keys.add(key);
            }
        });
        return keys;
    }

    @AfterEach
    void stop() throws TimeoutException {
        stopApp();
    }

    /** Every text on screen now (the window, its dialogs and sheets) that is a plain-only text. */
    void look(String where) {
        waitUntil(() -> true);
        for (Node n : lookup(node -> node instanceof Labeled).queryAll()) {
            Labeled l = (Labeled) n;
            if (!shown(l) || l.getText() == null) {
                continue;
            }
            Set<String> keys = PLAIN_ONLY.get(l.getText());
            if (keys == null && !l.getText().isBlank()) {
                Set<String> withArguments = plainOnlyWithArguments(l.getText());
                keys = withArguments.isEmpty() ? null : withArguments;
            }
            if (keys != null) {
                plainShown.add(where + ": “" + l.getText() + "” " + keys);
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        if (n.getScene() == null) {
            return false;
        }
        Bounds b = n.localToScene(n.getBoundsInLocal());
        return b.getWidth() > 0 && b.getHeight() > 0;
    }

    void lookWithHelp(String where) {
        look(where);
        tap("#help");
        waitFor("#help-sheet");
        look(where + " help");
        tap("#help-sheet-close");
        waitUntil(() -> lookup("#help-sheet").tryQuery().isEmpty());
    }

    @Test
    void everyScreenAndDialogThePersonReachesSpeaksEasyRead() throws Exception {
        startApp(home);
        tap("#easy-read");
        waitUntil(() -> textOf(".screen-heading").equals("Bienvenue dans Jalons"));
        lookWithHelp("first run");
        tap("#create-profile");
        lookWithHelp("create my space");
        // The form's errors: nothing filled in, then two codes that differ.
        revealAndTap("#create");
        waitUntil(() -> lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n.isVisible() && !((Labeled) n).getText().isEmpty()));
        look("create my space: empty");
        tap("#pin").write("123456");
        tap("#pin-confirmation").write("654321");
        revealAndTap("#create");
        waitUntil(() -> lookup(".field-error").queryAll().stream()
                .anyMatch(n -> n.isVisible()
                        && ((Labeled) n)
                                .getText()
                                .equals("Les deux codes sont différents. J’écris le même code deux fois.")));
        look("create my space: two codes");
        interact(() -> {
            lookup("#pin").queryAs(javafx.scene.control.TextField.class).clear();
            lookup("#pin-confirmation")
                    .queryAs(javafx.scene.control.TextField.class)
                    .clear();
        });
        // the form is longer than the window since the work supervisor's role joined the choices: scroll to each field
        revealAndTap("#display-name");
        write("Samia");
        revealAndTap("#role-beneficiary");
        revealAndTap("#pin");
        write("123456");
        revealAndTap("#pin-confirmation");
        write("123456");
        revealAndTap("#create");
        waitFor("#open-settings");
        lookWithHelp("my path (new)");

        tap("#open-export");
        waitFor("#export-pdf");
        lookWithHelp("export");
        tap("#back");

        tap("#open-settings");
        waitFor("#wipe");
        lookWithHelp("settings");
        revealAndTap("#wipe");
        waitFor("#confirm-dialog");
        look("wipe dialog");
        tap("#confirm-no");
        revealAndTap("#settings-sync");
        waitFor("#sync-screen-now");
        lookWithHelp("sync");
        tap("#back");
        revealAndTap("#lock-now");

        waitFor("#unlock-pin");
        lookWithHelp("unlock");
        tap("#unlock-forgotten");
        waitFor("#forgotten-pin");
        look("forgotten PIN");
        tap("#forgotten-pin-wipe");
        waitFor("#confirm-dialog");
        look("forgotten PIN dialog");
        tap("#confirm-no");

        revealAndTap("#unlock-demo");
        waitFor("#demo-beneficiary");
        lookWithHelp("demo");
        tap("#demo-beneficiary");
        waitFor(".goal-card");
        lookWithHelp("my path (demo)");
        revealAndTap("#check-in-any");
        waitFor(".goal-choice");
        lookWithHelp("check-in: which goal");
        tap(".goal-choice");
        waitFor("#rating-scale");
        lookWithHelp("check-in: how I feel");
        tap("#back");
        waitFor(".goal-card");
        revealAndTap("#my-progress");
        waitUntil(() -> lookup("#help").tryQuery().isPresent());
        lookWithHelp("my progress");
        tap("#back");
        waitFor(".goal-card");
        revealAndTap(".my-goal-open");
        waitFor("#step-0");
        lookWithHelp("my goal");

        assertThat(plainShown).as("plain texts shown in easy-read").isEmpty();
    }
}
