package org.jalons.server.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.jalons.server.support.MutableClock;
import org.junit.jupiter.api.Test;

class GuessLimiterTest {

    MutableClock clock = new MutableClock(Instant.parse("2026-11-26T09:00:00Z"));
    GuessLimiter limiter = new GuessLimiter(clock);

    @Test
    void anAddressOverItsBudgetGetsOneCheckedAttemptEverySixSeconds() {
        for (int i = 0; i < GuessLimiter.PER_ADDRESS; i++) {
            assertThat(limiter.admit("10.0.0.1")).isZero();
            limiter.recordFailure("10.0.0.1");
        }
        assertThat(limiter.admit("10.0.0.1")).isEqualTo(GuessLimiter.SLOW_INTERVAL);
        assertThat(limiter.admit("10.0.0.2")).isZero();

        clock.advance(GuessLimiter.SLOW_INTERVAL.minusSeconds(1));
        assertThat(limiter.admit("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(limiter.admit("10.0.0.1")).isZero();
        limiter.recordFailure("10.0.0.1");
        assertThat(limiter.admit("10.0.0.1")).isEqualTo(GuessLimiter.SLOW_INTERVAL);

        clock.advance(GuessLimiter.WINDOW);
        assertThat(limiter.admit("10.0.0.1")).isZero();
        assertThat(limiter.admit("10.0.0.1")).isZero();
    }

    @Test
    void wrongGuessesFromEveryAddressShareOneBudgetPerWindow() {
        for (int i = 0; i < GuessLimiter.GLOBAL; i++) {
            String address = "10.1." + (i / 200) + "." + (i % 200);
            assertThat(limiter.admit(address)).isZero();
            limiter.recordFailure(address);
        }
        Duration wait = limiter.admit("192.168.1.1");
        assertThat(wait).isEqualTo(GuessLimiter.GLOBAL_WINDOW);

        clock.advance(GuessLimiter.GLOBAL_WINDOW);
        assertThat(limiter.admit("192.168.1.1")).isZero();
    }
}
