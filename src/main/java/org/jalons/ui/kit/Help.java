package org.jalons.ui.kit;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.jalons.ui.EasyRead;
import org.jalons.ui.Icons;
import org.jalons.ui.View;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The "?" of a screen's header: an icon button (its accessible text says what it is) that opens a bottom sheet
 * with a few easy sentences on what the screen is for, from the text {@code help.<SCREEN>} (easy-read when on).
 */
public final class Help {
    private Help() {}

    /** {@code view} with the help button after its own header actions. */
    public static View on(View view, EasyRead texts, String screen) {
        Button help = button(texts, screen);
        return new View() {
            @Override
            public Node node() {
                return view.node();
            }

            @Override
            public String title() {
                return view.title();
            }

            @Override
            public List<Node> headerActions() {
                List<Node> actions = new ArrayList<>(view.headerActions());
                actions.add(help);
                return actions;
            }

            @Override
            public void dispose() {
                view.dispose();
            }
        };
    }

    /** The button alone ({@code #help}), for a screen that places it itself. */
    public static Button button(EasyRead texts, String screen) {
        Button b = Icons.iconButton(Material2AL.HELP_OUTLINE, texts.get("help.button"), () -> {
            Label words = new Label(texts.get("help." + screen));
            words.setId("help-text");
            words.setWrapText(true);
            words.setMinHeight(Label.USE_PREF_SIZE);
            words.getStyleClass().add("sheet-text");
            new BottomSheet("help-sheet", texts.get("help.title"), texts.get("help.close")).show(words);
        });
        b.setId("help");
        return b;
    }
}
