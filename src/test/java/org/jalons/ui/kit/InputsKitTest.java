package org.jalons.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.AccessibleRole;
import javafx.scene.control.ToggleButton;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The component kit's inputs: date and hour fields, the 0–10 rating grid, the switch. */
class InputsKitTest {
    static final Messages FRENCH = new Messages(Language.FRENCH);
    static final Messages ENGLISH = new Messages(Language.ENGLISH);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    @Test
    void anEmptyDateFieldShowsAHintInTheLanguagesOrderAndADateDayFirst() throws Exception {
        fx(() -> {
            DateField fr = new DateField(FRENCH::get);
            DateField en = new DateField(ENGLISH::get, LocalDate.of(2026, 11, 26));
            assertThat(fr.getPromptText()).isEqualTo("jj/mm/aaaa");
            assertThat(en.getPromptText()).isEqualTo("dd/mm/yyyy");
            assertThat(en.getConverter().toString(en.getValue())).isEqualTo("26/11/2026");
            return null;
        });
    }

    @Test
    void aTypedDateIsTakenAndTextThatIsNoDateIsRefusedInWordsKeepingTheDateThereWas() throws Exception {
        fx(() -> {
            DateField field = new DateField(FRENCH::get, LocalDate.of(2026, 1, 5));
            field.getEditor().setText("26/11/2026");
            field.commitValue();
            assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(field.refusalProperty().get()).isEmpty();

            field.getEditor().setText("11/26/2026");
            field.commitValue();
            assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 26));
            assertThat(field.refusalProperty().get())
                    .isEqualTo(
                            "«\u00a011/26/2026\u00a0» n’est pas une date\u00a0: écrivez le jour, le mois puis l’année, "
                                    + "par exemple 26/11/2026.");

            field.setValue(LocalDate.of(2026, 12, 1)); // chosen in the calendar
            assertThat(field.refusalProperty().get()).isEmpty();
            field.getEditor().setText("");
            field.commitValue();
            assertThat(field.getValue()).isNull();
            return null;
        });
    }

    @Test
    void anHourIsChosenIn24HoursAndNoHourIsAChoiceToo() throws Exception {
        fx(() -> {
            TimeField time = new TimeField(FRENCH::get, null);
            time.setId("next-time");
            assertThat(time.getValue()).isNull();
            assertThat(time.minuteChoice().isDisable()).isTrue();
            assertThat(time.hourChoice().getId()).isEqualTo("next-time-hour");
            assertThat(time.hourChoice().getItems()).hasSize(25); // "—" and 00 to 23
            assertThat(time.hourChoice().getConverter().toString(TimeField.NONE))
                    .isEqualTo("—");
            time.hourChoice().setValue(14);
            assertThat(time.getValue()).isEqualTo(LocalTime.of(14, 0));
            time.minuteChoice().setValue(30);
            assertThat(time.getValue()).isEqualTo(LocalTime.of(14, 30));
            assertThat(time.hourChoice().getConverter().toString(9)).isEqualTo("09");
            time.hourChoice().setValue(TimeField.NONE);
            assertThat(time.getValue()).isNull();

            TimeField held = new TimeField(FRENCH::get, LocalTime.of(8, 37));
            assertThat(held.minuteChoice().getValue()).isEqualTo(37);
            assertThat(held.getValue()).isEqualTo(LocalTime.of(8, 37));
            return null;
        });
    }

    @Test
    void theRatingGridOffersElevenValuesAndATapChoosesOne() throws Exception {
        List<Integer> taps = new ArrayList<>();
        fx(() -> {
            RatingGrid grid =
                    new RatingGrid("rate-", v -> "Je me sens à " + v + " sur 10", null, false).onTap(taps::add);
            assertThat(grid.getChildren())
                    .extracting(n -> ((ToggleButton) n).getText())
                    .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
            ToggleButton seven = (ToggleButton) grid.lookup("#rate-7");
            assertThat(seven.getAccessibleText()).isEqualTo("Je me sens à 7 sur 10");
            seven.fire();
            assertThat(grid.valueProperty().get()).isEqualTo(7);
            seven.fire(); // not clearable: stays chosen, and the tap still counts
            assertThat(grid.valueProperty().get()).isEqualTo(7);
            assertThat(seven.isSelected()).isTrue();
            ((ToggleButton) grid.lookup("#rate-10")).fire();
            assertThat(seven.isSelected()).isFalse();
            assertThat(grid.valueProperty().get()).isEqualTo(10);
            return null;
        });
        assertThat(taps).containsExactly(7, 7, 10);
    }

    @Test
    void aClearableGridLeavesNoValueAfterASecondTapAndShowsAValueSetFromOutside() throws Exception {
        fx(() -> {
            RatingGrid grid = new RatingGrid("r-", v -> Integer.toString(v), 4, true);
            ToggleButton four = (ToggleButton) grid.lookup("#r-4");
            assertThat(four.isSelected()).isTrue();
            four.fire();
            assertThat(grid.valueProperty().get()).isNull();
            assertThat(four.isSelected()).isFalse();
            grid.valueProperty().set(0);
            assertThat(((ToggleButton) grid.lookup("#r-0")).isSelected()).isTrue();
            return null;
        });
    }

    @Test
    void aSwitchIsAnOnOffChoiceNamedByItsWords() throws Exception {
        fx(() -> {
            Switch s = new Switch("Lecture facile");
            assertThat(s.isSelected()).isFalse();
            s.fire();
            assertThat(s.isSelected()).isTrue();
            assertThat(s.getAccessibleText()).isEqualTo("Lecture facile");
            assertThat(s.getAccessibleRole()).isEqualTo(AccessibleRole.CHECK_BOX);
            assertThat(s.getGraphic().getStyleClass()).contains("switch-track");
            return null;
        });
    }
}
