package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.layout.Pane;
import org.jalons.i18n.Language;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.Test;

class EasyReadTest {
    @Test
    void theTextSizeOfAScreenFollowsTheSettingWhileTheScreenIsShown() {
        SimpleDoubleProperty scale = new SimpleDoubleProperty(1.0);
        EasyRead easy = new EasyRead(new Messages(Language.FRENCH), true, scale);
        Pane screen = easy.apply(new Pane());
        assertThat(screen.getStyle()).isEqualTo("-fx-font-size: 18.8px;");
        assertThat(screen.getStyleClass()).contains("beneficiary", "easy-read");
        scale.set(2.0);
        assertThat(screen.getStyle()).isEqualTo("-fx-font-size: 37.5px;");
    }
}
