package org.jalons.sync;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * A fault-injecting hop between one device's sync engine and the real server on 127.0.0.1. It sits inside the
 * engine's retry interceptor (after gzip), so the engine sees what a bad network would do to it: requests lost
 * before they reach the server, answers lost after the server applied them, requests sent twice, late, or held
 * back and delivered after the next request (reordering), the app killed between the server's answer and the local
 * acknowledgement, and the server restarted before, during or after a request. Every request is also sent to
 * the current server address, so that devices keep working across server restarts (new random port).
 * <p>
 * The decisions come from one seeded {@link Random} shared by every device of a run; the test drives the devices
 * one after the other, so a seed replays the same faults (only the outcome of {@link Fault#RESTART_DURING}, a stop
 * racing with a request, depends on timing).
 */
final class FaultProxy implements Interceptor {

    enum Fault {
        NONE,
        DROP_REQUEST,
        DROP_RESPONSE,
        DUPLICATE,
        DELAY,
        HOLD,
        KILL,
        RESTART_BEFORE,
        RESTART_AFTER,
        RESTART_DURING
    }

    /** Restarts the server on the same data folder; returns its new base URL. */
    interface Restarter {
        HttpUrl stop() throws Exception;

        HttpUrl start() throws Exception;
    }

    /** What all devices' proxies share: the server's address, the dice, the held request, the counts. */
    static final class Network {
        final OkHttpClient raw =
                new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
        final Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        volatile HttpUrl target;
        Random random = new Random(0);
        boolean faults;
        boolean restarts;
        double faultRate = 0.3;
        Restarter restarter;
        private Request held;

        Network(HttpUrl target) {
            this.target = target;
        }

        Fault pick(String path) {
            if (!faults || random.nextDouble() >= faultRate) {
                return Fault.NONE;
            }
            boolean push = path.endsWith("/sync/push");
            int r = random.nextInt(100);
            if (restarts && r < 45) {
                return r < 15 ? Fault.RESTART_BEFORE : r < 30 ? Fault.RESTART_AFTER : Fault.RESTART_DURING;
            }
            r = random.nextInt(100);
            if (r < 20) {
                return Fault.DROP_REQUEST;
            }
            if (r < 45) {
                return Fault.DROP_RESPONSE;
            }
            if (r < 60) {
                return Fault.DUPLICATE;
            }
            if (r < 70) {
                return Fault.DELAY;
            }
            if (r < 85) {
                return held == null ? Fault.HOLD : Fault.DUPLICATE;
            }
            // The app dies after the server applied a push (or answered a pull) and before it stored the answer.
            return push || r < 93 ? Fault.KILL : Fault.DROP_RESPONSE;
        }

        Request retarget(Request request) {
            HttpUrl url = request.url()
                    .newBuilder()
                    .scheme(target.scheme())
                    .host(target.host())
                    .port(target.port())
                    .build();
            return request.newBuilder().url(url).build();
        }

        /** Delivers the request held back, late: after the one that overtook it. Its answer goes nowhere. */
        void releaseHeld() {
            Request late = held;
            held = null;
            if (late == null) {
                return;
            }
            try (Response ignored = raw.newCall(retarget(late)).execute()) {
                ignored.body().bytes();
            } catch (IOException e) {
                // lost on the way as well: the device will send its changes again
            }
        }

        void count(Fault fault) {
            counts.merge(fault, 1, Integer::sum);
        }

        void restart() throws IOException {
            try {
                restarter.stop();
                target = restarter.start();
            } catch (Exception e) {
                throw new IllegalStateException("The server did not restart", e);
            }
        }
    }

    private final Network net;
    /** Set when this device was "killed": the test throws its engine away and reopens its store from disk. */
    boolean killed;

    FaultProxy(Network net) {
        this.net = net;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        String path = chain.request().url().encodedPath();
        Fault fault = net.pick(path);
        net.count(fault);
        switch (fault) {
            case DROP_REQUEST -> throw new IOException("fault: request lost before the server");
            case DROP_RESPONSE -> {
                chain.proceed(net.retarget(chain.request())).close();
                throw new IOException("fault: answer lost after the server handled the request");
            }
            case DUPLICATE -> {
                chain.proceed(net.retarget(chain.request())).close();
                return proceed(chain);
            }
            case DELAY -> {
                sleep(1 + net.random.nextInt(15));
                return proceed(chain);
            }
            case HOLD -> {
                net.held = net.retarget(chain.request());
                throw new IOException("fault: request held back on the way");
            }
            case KILL -> {
                chain.proceed(net.retarget(chain.request())).close();
                killed = true;
                chain.call().cancel(); // no retry: the process is gone
                throw new IOException("fault: the app was killed before it stored the answer");
            }
            case RESTART_BEFORE -> {
                net.restart();
                return proceed(chain);
            }
            case RESTART_AFTER -> {
                chain.proceed(net.retarget(chain.request())).close();
                net.restart();
                throw new IOException("fault: the server restarted before its answer left");
            }
            case RESTART_DURING -> {
                return restartDuring(chain);
            }
            default -> {
                return proceed(chain);
            }
        }
    }

    private Response proceed(Chain chain) throws IOException {
        Response response = chain.proceed(net.retarget(chain.request()));
        net.releaseHeld();
        return response;
    }

    /** Stops the server while the request is on its way; whatever came back is read in full, then it starts again. */
    private Response restartDuring(Chain chain) throws IOException {
        Thread stopper = new Thread(
                () -> {
                    try {
                        net.restarter.stop();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                "fault-stop");
        Response buffered = null;
        IOException failure = null;
        stopper.start();
        try (Response response = chain.proceed(net.retarget(chain.request()))) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            buffered = response.newBuilder()
                    .body(ResponseBody.create(bytes, body == null ? null : body.contentType()))
                    .build();
        } catch (IOException e) {
            failure = e;
        }
        try {
            stopper.join();
            net.target = net.restarter.start();
        } catch (Exception e) {
            throw new IllegalStateException("The server did not restart", e);
        }
        if (failure != null) {
            throw failure;
        }
        return buffered;
    }

    private static void sleep(int millis) throws IOException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException();
        }
    }
}
