package org.jalons.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jalons.server.JalonsServer;
import org.jalons.server.model.Json;
import org.jalons.server.support.Backend;
import org.jalons.server.support.Changes;
import org.jalons.server.support.Org;
import org.jalons.server.support.TestServers;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {

    @Test
    void inFlightPushFinishesWhileTheServerStopsAndNewConnectionsAreRefused() throws Exception {
        JalonsServer server = TestServers.dedicated(Backend.H2, c -> c.withStopTimeout(Duration.ofSeconds(10)));
        Org org = Org.create(server);
        Org.Member counsellor = org.counsellor("Samia CIP");
        UUID beneficiaryId = org.newBeneficiary(counsellor);
        byte[] body = Json.write(Changes.batch(Changes.newGoal(UUID.randomUUID(), beneficiaryId)))
                .getBytes(StandardCharsets.UTF_8);
        int port = server.port();

        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nJalons-Protocol: 1\r\n"
                            + "Authorization: Bearer " + counsellor.token() + "\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10); // the request is in flight: the server waits for the rest of the body
            out.flush();
            Thread.sleep(300);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            Thread.sleep(500);
            assertThat(stopping).isNotDone();
            assertThat(connects(port))
                    .as("new connections refused while stopping")
                    .isFalse();

            out.write(body, 10, body.length - 10);
            out.flush();
            String response = readAll(socket.getInputStream());

            assertThat(response).startsWith("HTTP/1.1 200");
            assertThat(response).contains("\"APPLIED\"");
            stopping.get(15, TimeUnit.SECONDS);
        }
    }

    private static boolean connects(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static String readAll(InputStream in) throws java.io.IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
