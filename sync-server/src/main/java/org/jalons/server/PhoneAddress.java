package org.jalons.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The address phones reach the server at, as an operator gives it to {@code bootstrap --url}: the app sends its
 * token only to {@code https://}, or to plain {@code http://} on its own machine (the app's {@code ServerAddress}
 * rule), so a code made for any other address would only fail on the admin's phone.
 */
final class PhoneAddress {
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");

    private PhoneAddress() {}

    /** Why phones could not use {@code url}, in one line; null when they can (or when none was given). */
    static String refusal(String url) {
        if (url == null) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            return "--url is not an address: " + e.getMessage();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()
                || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null) {
            return "--url takes the server's address only, e.g. https://jalons.example.org";
        }
        if (scheme.equals("https")) {
            return null;
        }
        if (scheme.equals("http")
                && (host.equals("localhost")
                        || host.equals("[::1]")
                        || LOOPBACK_V4.matcher(host).matches())) {
            return null;
        }
        return "--url must be the https:// address phones reach (plain http:// only on this machine: the app sends"
                + " its token nowhere else)";
    }
}
