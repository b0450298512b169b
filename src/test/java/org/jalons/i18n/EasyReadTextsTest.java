package org.jalons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jalons.domain.Violation;
import org.jalons.storage.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Easy-read (FALC) mode never shows a key or a text of the plain mode by accident: every text of the families
 * that speak easy-read has its {@code .easy} version in French and in English, and so has every key those screens
 * ask their {@code EasyRead} for, whichever family it lives in.
 */
class EasyReadTextsTest {
    /** The screen families whose every text has an easy-read version. */
    static final List<String> EASY_FAMILIES = List.of("beneficiary", "settings", "sync", "journal");
    /** The screens, outside "Mon parcours", that speak easy-read; their sources name the keys they use. */
    static final List<Path> EASY_SCREENS = List.of(
            Path.of("src/main/java/org/jalons/settings"),
            Path.of("src/main/java/org/jalons/syncui"),
            Path.of("src/main/java/org/jalons/onboarding"),
            Path.of("src/main/java/org/jalons/export"),
            Path.of("src/main/java/org/jalons/ui/kit"));
    /**
     * A key these screens use: any text of their own families ({@code "settings.…"}, {@code "sync.…"}, whichever
     * helper it goes through), and any key asked of an EasyRead ({@code texts.get("error.unexpected"}). A prefix
     * ending with a dot is completed at run time: the family test above covers what it can become.
     */
    static final Pattern EASY_KEY = Pattern.compile(
            "\"((?:settings|sync)\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"|texts\\(?\\)?\\.get\\(\\s*\"([A-Za-z0-9_.]*[A-Za-z0-9_])\"");

    static List<String> easyFamilies() {
        return EASY_FAMILIES;
    }

    @ParameterizedTest
    @MethodSource("easyFamilies")
    void everyTextOfTheFamilyHasAnEasyReadVersionInBothLanguages(String family) throws IOException {
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties p = MessagesTest.own(family, language);
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".easy")) {
                    continue;
                }
                if (p.getProperty(key + ".easy", "").isBlank()) {
                    missing.add(language + " " + key + ".easy");
                } else {
                    assertThat(p.getProperty(key + ".easy"))
                            .as("easy-read texts avoid the inclusive dot: " + key)
                            .doesNotContain("·");
                }
            }
        }
        assertThat(missing).as("easy-read texts missing in " + family).isEmpty();
    }

    @Test
    void everyKeyTheSettingsAndSyncScreensAskInEasyReadExistsInBothLanguages() throws IOException {
        TreeSet<String> keys = new TreeSet<>();
        for (Path folder : EASY_SCREENS) {
            try (Stream<Path> sources = Files.list(folder)) {
                for (Path source :
                        sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = EASY_KEY.matcher(Files.readString(source));
                    while (m.find()) {
                        keys.add(m.group(1) != null ? m.group(1) : m.group(2));
                    }
                }
            }
        }
        assertThat(keys)
                .as("the scan finds the screens' keys")
                .contains(
                        "settings.wipe",
                        "sync.pair.scan",
                        "createProfile.pinWarning",
                        "error.unexpected",
                        "unlock.prompt",
                        "firstRun.intro",
                        "export.intro",
                        "help.title",
                        "forgottenPin.explain");
        List<String> missing = new ArrayList<>();
        for (Language language : Language.values()) {
            Properties all = new Properties();
            for (String family : Messages.FAMILIES) {
                all.putAll(MessagesTest.own(family, language));
            }
            for (String key : keys) {
                boolean prefix = !all.containsKey(key)
                        && all.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (prefix) {
                    continue; // a prefix completed at run time, e.g. with ".intro", ".none"…
                }
                if (all.getProperty(key, "").isBlank()) {
                    missing.add(language + " " + key);
                }
                if (all.getProperty(key + ".easy", "").isBlank()) {
                    missing.add(language + " " + key + ".easy");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void thePinRulesHaveEasyReadWordsInBothLanguages() throws IOException {
        List<Violation> rules = new ArrayList<>(Profiles.pinViolations("1".toCharArray(), null));
        rules.addAll(Profiles.pinViolations("123456".toCharArray(), "654321".toCharArray()));
        assertThat(rules).hasSize(2);
        for (Language language : Language.values()) {
            Properties settings = MessagesTest.own("settings", language);
            for (Violation rule : rules) {
                assertThat(settings.getProperty("settings.pin.rule." + rule.key() + ".easy", ""))
                        .as(language + " " + rule.key())
                        .isNotBlank();
            }
        }
    }

    @Test
    void everyStepStatusHasAShortWordForItsBigButtonInBothLanguages() throws IOException {
        for (Language language : Language.values()) {
            Properties shared = MessagesTest.own(language);
            for (org.jalons.protocol.Vocabulary.StepStatus status :
                    org.jalons.protocol.Vocabulary.StepStatus.values()) {
                String word = shared.getProperty("step.state." + status.name() + ".easy", "");
                assertThat(word).as(language + " " + status).isNotBlank();
                assertThat(word.split(" ")).as("a short word: " + word).hasSizeLessThanOrEqualTo(2);
            }
        }
    }
}
