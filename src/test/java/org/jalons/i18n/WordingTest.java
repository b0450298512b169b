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
