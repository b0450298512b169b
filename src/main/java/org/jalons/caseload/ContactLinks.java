package org.jalons.caseload;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The links a file's contact buttons hand to the phone: {@code tel:} and {@code sms:} with the number as the
 * dialler wants it (digits, a leading +), {@code geo:0,0?q=} with the address as a search. Empty when the field
 * gives nothing to dial or to look for, so the button is not shown.
 */
public final class ContactLinks {
    private ContactLinks() {}

    /** "06 12-34.56 78" gives "0612345678", "+33 (0)6 12 34 56 78" gives "+33612345678"; empty below 3 digits. */
    static Optional<String> dialable(String phone) {
        if (phone == null) {
            return Optional.empty();
        }
        String stripped = phone.strip();
        // "(0)" after a country code is the trunk prefix, dialled only from inside the country.
        String text = stripped.startsWith("+") ? stripped.replace("(0)", "") : stripped;
        StringBuilder digits = new StringBuilder(text.startsWith("+") ? "+" : "");
        text.chars().filter(Character::isDigit).filter(c -> c < 128).forEach(c -> digits.append((char) c));
        long count = digits.chars().filter(Character::isDigit).count();
        return count < 3 ? Optional.empty() : Optional.of(digits.toString());
    }

    public static Optional<URI> call(String phone) {
        return dialable(phone).map(n -> URI.create("tel:" + n));
    }

    public static Optional<URI> text(String phone) {
        return dialable(phone).map(n -> URI.create("sms:" + n));
    }

    /** The address on one line, percent-encoded as a map search (RFC 5870 with Android's {@code q} parameter). */
    public static Optional<URI> map(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        String oneLine = String.join(", ", address.strip().split("\\s*\\R\\s*"));
        String query = URLEncoder.encode(oneLine, StandardCharsets.UTF_8).replace("+", "%20");
        return Optional.of(URI.create("geo:0,0?q=" + query));
    }
}
