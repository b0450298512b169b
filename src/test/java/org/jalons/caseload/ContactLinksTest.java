package org.jalons.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** The tel:, sms: and geo: links of a file's contact buttons. */
class ContactLinksTest {
    @Test
    void aPhoneNumberIsDialledAsDigitsWithItsCountryCode() {
        assertThat(ContactLinks.call("06 12-34.56 78")).contains(URI.create("tel:0612345678"));
        assertThat(ContactLinks.call(" +33 (0)6 12 34 56 78 ")).contains(URI.create("tel:+33612345678"));
        assertThat(ContactLinks.text("06 12 34 56 78 (maison)")).contains(URI.create("sms:0612345678"));
        assertThat(ContactLinks.call("+44 20 7946 0958")).contains(URI.create("tel:+442079460958"));
    }

    @Test
    void nothingToDialGivesNoLink() {
        assertThat(ContactLinks.call(null)).isEmpty();
        assertThat(ContactLinks.call("   ")).isEmpty();
        assertThat(ContactLinks.call("voir avec sa sœur")).isEmpty();
        // Digits of other scripts are not dialled: a link holds ASCII digits only.
        assertThat(ContactLinks.call("٠٦١٢")).isEmpty();
    }

    @Test
    void anAddressOnSeveralLinesBecomesOneSearch() {
        assertThat(ContactLinks.map("4 rue des Lilas\nBât. B\r\n59000 Lille"))
                .contains(URI.create("geo:0,0?q=4%20rue%20des%20Lilas%2C%20B%C3%A2t.%20B%2C%2059000%20Lille"));
        assertThat(ContactLinks.map("a&b=c?d#e"))
                .hasValueSatisfying(u -> assertThat(u.toString()).isEqualTo("geo:0,0?q=a%26b%3Dc%3Fd%23e"));
        assertThat(ContactLinks.map(" ")).isEmpty();
        assertThat(ContactLinks.map(null)).isEmpty();
    }
}
