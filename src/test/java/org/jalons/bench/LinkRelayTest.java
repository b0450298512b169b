package org.jalons.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sync benchmark's link emulator: bytes forwarded unchanged and counted, and a small exchange taking what its
 * link says (handshake, one-way delay, each direction's rate, shared by the connections), within a tolerance.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class LinkRelayTest {
    /** 100 ms round trip, 100 kB/s up, 200 kB/s down. */
    private static final Link SLOW = new Link("test", Duration.ofMillis(100), 1_600_000, 800_000);
    /**
     * Late by more than this is a fault of the relay, not the machine's scheduling (arrivals are booked on the clock,
     * so a late wake-up does not add up over the segments): still less than what a pipe at half its rate would add.
     */
    private static final long TOLERANCE_MS = 150;

    private ServerSocket server;
    private final ExecutorService threads = Executors.newCachedThreadPool();

    /** The server side: reads a 4-byte length and that many bytes, answers {@code answer(bytes)}, per connection. */
    @BeforeEach
    void startServer() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.execute(() -> {
            while (!server.isClosed()) {
                try {
                    Socket s = server.accept();
                    threads.execute(() -> answer(s));
                } catch (IOException e) {
                    return;
                }
            }
        });
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        threads.shutdownNow();
    }

    /** Echoes the request, or answers one byte when the request's first byte is 0. */
    private static void answer(Socket s) {
        try (s) {
            DataInputStream in = new DataInputStream(s.getInputStream());
            byte[] request = new byte[in.readInt()];
            in.readFully(request);
            OutputStream out = s.getOutputStream();
            out.write(request.length > 0 && request[0] == 0 ? new byte[] {1} : request);
            out.flush();
        } catch (IOException e) {
            // the test sees it as a short answer
        }
    }

    @Test
    void forwardsBytesUnchangedBothWaysAndCountsThem() throws Exception {
        Link fast = new Link("fast", Duration.ofMillis(2), 400_000_000, 400_000_000);
        byte[] request = new byte[300_000];
        new Random(7).nextBytes(request);
        request[0] = 5; // echoed
        try (LinkRelay relay = LinkRelay.start(fast, 0, server.getLocalPort())) {
            byte[] answer = exchange(relay.port(), request, request.length);

            assertThat(answer).isEqualTo(request);
            assertThat(relay.bytesUp()).isEqualTo(4 + request.length);
            assertThat(relay.bytesDown()).isEqualTo(request.length);
        }
    }

    @Test
    void aRoundTripCostsTheHandshakeAndOneRoundTrip() throws Exception {
        try (LinkRelay relay = LinkRelay.start(SLOW, 0, server.getLocalPort())) {
            long start = System.nanoTime();
            exchange(relay.port(), new byte[] {0}, 1);
            long ms = (System.nanoTime() - start) / 1_000_000;

            // 100 ms handshake, 50 ms there, 50 ms back; 5 bytes take 0.05 ms at this rate.
            assertThat(ms).isBetween(199L, 200 + TOLERANCE_MS);
        }
    }

    @Test
    void pacesEachDirectionAtItsRate() throws Exception {
        try (LinkRelay relay = LinkRelay.start(SLOW, 0, server.getLocalPort())) {
            long start = System.nanoTime();
            exchange(relay.port(), new byte[20_000], 1); // up: 20,004 bytes at 100 kB/s = 200 ms
            long upMs = (System.nanoTime() - start) / 1_000_000;
            byte[] echoed = new byte[40_000];
            echoed[0] = 9;
            start = System.nanoTime();
            exchange(relay.port(), echoed, echoed.length); // 400 ms up, then 200 ms down
            long bothMs = (System.nanoTime() - start) / 1_000_000;

            assertThat(upMs).isBetween(100 + 200 + 100 - 1L, 400 + TOLERANCE_MS);
            assertThat(bothMs).isBetween(100 + 400 + 200 + 100 - 1L, 800 + 200L);
        }
    }

    @Test
    void connectionsShareTheLink() throws Exception {
        try (LinkRelay relay = LinkRelay.start(SLOW, 0, server.getLocalPort())) {
            long start = System.nanoTime();
            List<Future<byte[]>> both = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                both.add(threads.submit(() -> exchange(relay.port(), new byte[10_000], 1)));
            }
            for (Future<byte[]> f : both) {
                f.get();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;

            // Together 20,008 bytes up: 200 ms of the shared up link, as one connection sending them all.
            assertThat(ms).isBetween(100 + 200 + 100 - 1L, 400 + TOLERANCE_MS);
        }
    }

    /** Connects through the relay, sends the length and {@code request}, reads {@code answerLength} bytes. */
    private static byte[] exchange(int port, byte[] request, int answerLength) throws IOException {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), port)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            byte[] framed = new byte[4 + request.length];
            framed[0] = (byte) (request.length >>> 24);
            framed[1] = (byte) (request.length >>> 16);
            framed[2] = (byte) (request.length >>> 8);
            framed[3] = (byte) request.length;
            System.arraycopy(request, 0, framed, 4, request.length);
            out.write(framed);
            out.flush();
            InputStream in = s.getInputStream();
            return new DataInputStream(in).readNBytes(answerLength);
        }
    }
}
