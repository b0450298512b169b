package org.jalons.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import org.junit.jupiter.api.Test;

class StylesheetTest {

    /** A rule left open drops every rule after it without a word on screen: the parser must find no error. */
    @Test
    void theAppStylesheetParsesWithoutErrors() throws Exception {
        CssParser.errorsProperty().clear();
        Stylesheet sheet = new CssParser().parse(Theme.class.getResource("jalons.css"));
        List<String> errors =
                CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(sheet.getRules())
                .extracting(r -> r.getSelectors().toString())
                .anyMatch(s -> s.contains("conflict-side"))
                .anyMatch(s -> s.contains("likert-chosen"))
                .anyMatch(s -> s.contains("report-line"));
    }
}
