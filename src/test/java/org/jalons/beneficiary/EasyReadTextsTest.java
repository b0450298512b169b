package org.jalons.beneficiary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jalons.i18n.Messages;
import org.junit.jupiter.api.Test;

class EasyReadTextsTest {

    @Test
    void everyTextOfMonParcoursHasAnEasyReadVersionInBothLanguages() throws Exception {
        for (String file : new String[] {"beneficiary.properties", "beneficiary_en.properties"}) {
            Properties p = new Properties();
            try (InputStream in = Messages.class.getResourceAsStream(file)) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String key : p.stringPropertyNames()) {
                if (!key.endsWith(".easy")) {
                    assertThat(p.getProperty(key + ".easy", "")).as(file + " " + key + ".easy").isNotBlank();
                    assertThat(p.getProperty(key + ".easy")).as("easy-read texts avoid the inclusive dot: " + key)
                            .doesNotContain("·");
                }
            }
        }
    }
}
