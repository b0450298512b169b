package org.jalons.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class DesktopExternalLinksTest {

    @Test
    void aMapLinkBecomesAnOpenStreetMapSearchOnADesktop() {
        URI link = URI.create("geo:0,0?q=12%20rue%20des%20Lilas%2C%2059000%20Lille");

        assertThat(DesktopExternalLinks.forDesktop(link).toString())
                .isEqualTo("https://www.openstreetmap.org/search?query=12+rue+des+Lilas%2C+59000+Lille");
    }

    @Test
    void aPhoneOrTextLinkIsLeftAsItIs() {
        URI call = URI.create("tel:+33612345678");

        assertThat(DesktopExternalLinks.forDesktop(call)).isEqualTo(call);
    }
}
