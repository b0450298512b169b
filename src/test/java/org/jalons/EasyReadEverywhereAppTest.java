package org.jalons;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
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

    @BeforeAll
    static void texts() throws IOException {
        Messages fr = new Messages(Language.FRENCH);
        Set<String> easyTexts = new HashSet<>();
        Map<String, String> plain = new HashMap<>();
        for (String family : Messages.FAMILIES) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(family + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                if (key.endsWith(".easy")) {
                    easyTexts.add(fr.get(key));
                } else {
                    plain.put(key, fr.get(key));
                }
            }
        }
        plain.forEach((key, text) -> {
            String easy = fr.get(key + ".easy");
            boolean hasEasy = !easy.equals(key + ".easy");
            if ((!hasEasy || !easy.equals(text)) && !easyTexts.contains(text)) {
                PLAIN_ONLY.computeIfAbsent(text, t -> new TreeSet<>()).add(key);
            }
        });
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
        tap("#display-name").write("Samia");
        tap("#role-beneficiary");
        tap("#pin").write("123456");
        tap("#pin-confirmation").write("123456");
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
