package org.jalons.sync;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where the app may send a device token and records: https anywhere, plain http to this machine only. An
 * IPv4-mapped loopback ({@code [::ffff:127.0.0.1]}) is this machine too: the parser reads it as 127.0.0.1.
 */
class ServerAddressTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://jalons.example.org/",
                "https://jalons.example.org:8443/api",
                "HTTPS://Jalons.Example.org/",
                "https://192.168.1.20/",
                "https://[2001:db8::1]/",
                "http://localhost:7070/",
                "HTTP://LOCALHOST/",
                "http://127.0.0.1:7070/",
                "http://127.255.10.3/",
                "http://[::1]:7070/",
                "http://[0:0:0:0:0:0:0:1]/",
                "http://[::ffff:127.0.0.1]/",
                "  http://127.0.0.1:7070/  "
            })
    void httpsAnywhereAndPlainHttpToThisMachineAreAllowed(String address) {
        assertThat(ServerAddress.isAllowed(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://jalons.example.org/",
                "HTTP://jalons.example.org/",
                "Http://jalons.example.org/",
                "http://192.168.1.20:7070/",
                "http://10.0.0.1/",
                "http://[2001:db8::1]/",
                "http://[::ffff:10.0.0.1]/",
                "http://127.0.0.1.evil.example/",
                "http://localhost.evil.example/",
                "http://localhost@evil.example/",
                "http://127.0.0.1@evil.example/",
                "http://localhost:7070@evil.example/",
                "http://user:pw@evil.example/",
                "http://evil.example#@localhost/",
                "http://evil.example\\@localhost/",
                "http://127.1/",
                "http://2130706433/",
                "http://0x7f.0.0.1/",
                "http://128.0.0.1/",
                "http://0.0.0.0/",
                "http://127.0.0.256/",
                "ftp://localhost/",
                "jalons://pair?server=x",
                "localhost:7070",
                "",
                "   "
            })
    void plainHttpToAnotherMachineAndAnythingElseAreRefused(String address) {
        assertThat(ServerAddress.isAllowed(address)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void noAddressIsRefused() {
        assertThat(ServerAddress.isAllowed((String) null)).isFalse();
    }
}
