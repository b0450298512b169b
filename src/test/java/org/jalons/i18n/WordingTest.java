package org.jalons.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The words of every text, in every family and both languages: ICU patterns that parse and keep their
 * apostrophes, plurals instead of "(s)", no inclusive middle dot, French typography (’, non-breaking spaces before
 * ; : ! ?), and easy-read texts without jargon.
 */
class WordingTest {
    /** "conseiller·ère", "accompagné·e": a middle dot between two letters (a " · " separator is fine). */
    static final Pattern INCLUSIVE_DOT = Pattern.compile("\\p{L}·\\p{L}");
    /** Words an easy-read text never uses (outside the onboarding screens, whose texts are listed apart). */
    static final Pattern JARGON = Pattern.compile(
            "(?i)serveur|server|synchroni|\\bsync\\b|QR|remobilis|FALC|easy[- ]read|\\burl\\b|identifiant|\\bid\\b");

    record Text(String family, Language language, String key, String value) {
        @Override
        public String toString() {
            return language + " " + key + "=" + value;
        }
    }

    static List<Text> all() throws IOException {
        List<Text> texts = new ArrayList<>();
        for (String family : Messages.FAMILIES) {
            for (Language language : Language.values()) {
                Properties p = MessagesTest.own(family, language);
                for (String key : p.stringPropertyNames()) {
                    texts.add(new Text(family, language, key, p.getProperty(key)));
                }
            }
        }
        return texts;
    }

    @Test
    void noTextSaysSOrUsesTheInclusiveDot() throws IOException {
        assertThat(all())
                .filteredOn(t -> t.value().contains("(s)")
                        || t.value().contains("(es)")
                        || INCLUSIVE_DOT.matcher(t.value()).find())
                .isEmpty();
    }

    @Test
    void everyTextIsAPatternIcuParsesAndKeepsItsApostrophes() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Text t : all()) {
            try {
                MessagePattern parsed = new MessagePattern(t.value());
                assertThat(parsed.getApostropheMode()).isEqualTo(MessagePattern.ApostropheMode.DOUBLE_OPTIONAL);
                String shown = new MessageFormat(t.value(), Locale.ROOT).format(new Object[0]);
                if (count(shown, '\'') != count(t.value(), '\'') || t.value().contains("''")) {
                    broken.add("apostrophe lost: " + t);
                }
            } catch (IllegalArgumentException e) {
                broken.add(e.getMessage() + ": " + t);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theJdkAndIcuReadEveryTextWithoutAPluralOrASelectTheSameWay() throws IOException {
        Object[] args = {3, 7, 11, 2, 5, 9};
        List<String> differ = new ArrayList<>();
        for (Text t : all()) {
            java.text.Format used = Messages.format(t.value(), t.language().locale());
            String icu = new MessageFormat(t.value(), t.language().locale()).format(args);
            if (!used.format(args).equals(icu)) {
                differ.add(t + " -> " + used.format(args) + " / " + icu);
            }
        }
        assertThat(differ).isEmpty();
    }

    @Test
    void frenchTextsUseTheTypographicApostropheAndNonBreakingSpaces() throws IOException {
        List<Text> french =
                all().stream().filter(t -> t.language() == Language.FRENCH).toList();
        assertThat(french).filteredOn(t -> t.value().contains("'")).isEmpty();
        assertThat(french)
                .as("a plain space before ; : ! ? or inside « » breaks the line at the wrong place")
                .filteredOn(t ->
                        Pattern.compile("[ ][;:!?»%]|« ").matcher(t.value()).find())
                .isEmpty();
    }

    /** The bundled questionnaire's French texts (title, intro, items, their easy-read words), as a person reads them. */
    static List<String> questionnaireFrenchTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        try (java.io.InputStream in = WordingTest.class.getResourceAsStream(
                org.jalons.domain.questionnaire.QuestionnaireCatalog.POUVOIR_AGIR)) {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(in)
                    .findValues("fr")
                    .forEach(v -> texts.add(v.asText()));
        }
        return texts;
    }

    @Test
    void theQuestionnairesFrenchTextsFollowTheSameTypography() throws IOException {
        List<String> french = questionnaireFrenchTexts();
        assertThat(french).as("the scan finds the questionnaire's texts").hasSizeGreaterThan(10);
        assertThat(french).filteredOn(t -> t.contains("'")).isEmpty();
        assertThat(french)
                .filteredOn(t -> Pattern.compile("[ ][;:!?»%]|« ").matcher(t).find())
                .isEmpty();
    }

    @Test
    void noTextShowsAHyphenAsAMinusSign() throws IOException {
        assertThat(all())
                .filteredOn(t ->
                        Pattern.compile("(^|[\\s(])-\\d").matcher(t.value()).find())
                .isEmpty();
    }

    @Test
    void easyReadTextsSpeakWithoutJargon() throws IOException {
        assertThat(all())
                .filteredOn(t -> t.key().endsWith(".easy") && !Onboarding.owns(t.key()))
                .filteredOn(t -> JARGON.matcher(t.value()).find())
                .isEmpty();
    }

    @Test
    void onOffChoicesAreSwitchesInWordsToo() throws IOException {
        // The choices are switches (ArchitectureTest.onOffChoicesAreSwitches): no text asks to tick a box.
        assertThat(all())
                .filteredOn(t -> Pattern.compile("(?i)\\bcoch|\\b(un)?tick|check ?box")
                        .matcher(t.value())
                        .find())
                .isEmpty();
    }

    @Test
    void noFieldAsksForAnId() throws IOException {
        // People choose a team member or a site by name: nobody knows an id by heart.
        assertThat(all())
                .filteredOn(t -> Pattern.compile("(?i)\\((identifiant|id|identifier)\\)")
                        .matcher(t.value())
                        .find())
                .isEmpty();
    }

    /**
     * Texts the easy-read screens show from the shared family: the themes' tiles and the caseload's lines. Where a
     * text has no {@code .easy} twin, easy-read shows its plain words, which must then speak without jargon too.
     */
    static final Pattern SHOWN_IN_EASY_READ = Pattern.compile("^(GoalTheme|GoalStatus|TrainingStatus|caseload)\\.");

    @Test
    void theThemesAndTheCaseloadSpeakWithoutJargonInEasyRead() throws IOException {
        List<Text> texts = all();
        java.util.Set<String> twins = new java.util.HashSet<>();
        texts.forEach(t -> twins.add(t.language() + " " + t.key()));
        List<Text> shown = texts.stream()
                .filter(t -> SHOWN_IN_EASY_READ.matcher(t.key()).find())
                .filter(t -> t.key().endsWith(".easy") || !twins.contains(t.language() + " " + t.key() + ".easy"))
                .toList();
        assertThat(shown).as("the scan finds the themes and the caseload").hasSizeGreaterThan(40);
        assertThat(shown).filteredOn(t -> JARGON.matcher(t.value()).find()).isEmpty();
    }

    @Test
    void saveButtonsSayEnregistrerAndNothingSaysObligé() throws IOException {
        assertThat(all())
                .filteredOn(t -> t.language() == Language.FRENCH)
                .filteredOn(t -> t.value().matches("(?i)terminé|.*pas obligé.*"))
                .isEmpty();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    /** The welcome, unlock, profile, demo and export screens: their easy-read texts are written apart. */
    static final class Onboarding {
        static boolean owns(String key) {
            return key.startsWith("welcome.")
                    || key.startsWith("unlock.")
                    || key.startsWith("createProfile.")
                    || key.startsWith("demo.")
                    || key.startsWith("export.")
                    || key.startsWith("import.");
        }
    }
}
