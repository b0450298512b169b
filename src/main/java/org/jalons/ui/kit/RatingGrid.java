package org.jalons.ui.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.TilePane;
import org.jalons.ui.Icons;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * A rating from 0 to 10 as a grid of large buttons, one tap each, each with its number and a face. The person's
 * check-in and both voices of a visit's co-rating use it, so a rating is never typed (nothing out of range to
 * refuse). A second tap on the chosen value clears it when the grid is clearable (a visit may leave a rating
 * out); otherwise the chosen value stays chosen.
 */
public final class RatingGrid extends TilePane {
    public static final int MIN = 0;
    public static final int MAX = 10;

    private final ObjectProperty<Integer> value = new SimpleObjectProperty<>(this, "value");
    private final List<ToggleButton> buttons = new ArrayList<>();
    private IntConsumer onTap = n -> {};

    /**
     * @param idPrefix each button's id is the prefix and its value ("rate-7")
     * @param accessible the accessible text of each value ("Je me sens à 7 sur 10")
     * @param clearable whether a tap on the chosen value leaves no value
     */
    public RatingGrid(String idPrefix, IntFunction<String> accessible, Integer initial, boolean clearable) {
        super(8, 8);
        setPrefColumns(4);
        getStyleClass().add("rating-scale");
        for (int v = MIN; v <= MAX; v++) {
            int n = v;
            ToggleButton b = new ToggleButton(Integer.toString(n), Icons.icon(face(n), 32));
            b.setId(idPrefix + n);
            b.setContentDisplay(ContentDisplay.TOP);
            b.setAccessibleText(accessible.apply(n));
            b.getStyleClass().addAll("rating-button", faceStyle(n));
            b.setOnAction(e -> {
                value.set(clearable && !b.isSelected() ? null : Integer.valueOf(n));
                show(value.get());
                onTap.accept(n);
            });
            buttons.add(b);
            getChildren().add(b);
        }
        value.addListener((obs, was, now) -> show(now));
        value.set(initial);
        show(initial);
    }

    private void show(Integer chosen) {
        for (int v = MIN; v <= MAX; v++) {
            buttons.get(v).setSelected(Integer.valueOf(v).equals(chosen));
        }
    }

    /** What every tap does besides choosing, even a tap on the value already chosen (e.g. go to the next question). */
    public RatingGrid onTap(IntConsumer action) {
        this.onTap = action;
        return this;
    }

    /** The value chosen, {@code null} while none is. */
    public ObjectProperty<Integer> valueProperty() {
        return value;
    }

    /** Five faces over 0–10: the number stays next to the face, the face only helps to read it. */
    public static Ikon face(int rating) {
        if (rating <= 1) {
            return Material2MZ.SENTIMENT_VERY_DISSATISFIED;
        } else if (rating <= 3) {
            return Material2MZ.SENTIMENT_DISSATISFIED;
        } else if (rating <= 6) {
            return Material2MZ.SENTIMENT_NEUTRAL;
        } else if (rating <= 8) {
            return Material2MZ.SENTIMENT_SATISFIED;
        }
        return Material2MZ.SENTIMENT_VERY_SATISFIED;
    }

    /** A style class per face, for its colour. */
    public static String faceStyle(int rating) {
        return rating <= 3 ? "face-low" : rating <= 6 ? "face-mid" : "face-high";
    }
}
