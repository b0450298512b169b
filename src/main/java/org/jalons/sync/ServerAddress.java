package org.jalons.sync;

import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The one rule on where this app sends a device token and records: only to an {@code https://} server, so that a
 * network attacker (a café's Wi-Fi, a hostile access point) reads and changes nothing on the way. Plain
 * {@code http://} is allowed to this machine only ({@code localhost}, {@code 127.0.0.0/8}, {@code [::1]}), where no
 * network is crossed: tests, the demo, a desktop next to its server.
 *
 * <p>The address is read with the same parser that builds the requests (OkHttp's), so that what is checked is the
 * host that is connected to: {@code http://localhost@evil.example} is {@code evil.example}, and
 * {@code http://127.0.0.1.evil.example} is a name, not a loopback address.
 */
public final class ServerAddress {
    /** Four decimal octets starting with 127; shorter or numeric forms ("127.1", "2130706433") are refused. */
    private static final Pattern LOOPBACK_V4 =
            Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){2}");

    private ServerAddress() {}

    /** Whether this app may send a token or records to {@code address}. */
    public static boolean isAllowed(String address) {
        HttpUrl url = address == null ? null : HttpUrl.parse(address.strip());
        return url != null && isAllowed(url);
    }

    static boolean isAllowed(HttpUrl url) {
        return url.isHttps() || isLoopback(url.host());
    }

    /** OkHttp gives hosts lower-cased, IPv6 without brackets and in canonical form ("::1"). */
    private static boolean isLoopback(String host) {
        return host.equals("localhost")
                || host.equals("::1")
                || LOOPBACK_V4.matcher(host).matches();
    }
}
