package org.jalons.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * A TCP relay on 127.0.0.1 that makes a {@link Link} of a local connection: phones connect to it, it connects to
 * the server and forwards the bytes both ways unchanged, each segment delivered once the link would have carried it.
 * A direction is one shared pipe, as on a real link: a segment starts when the pipe is free (serialisation at the
 * direction's rate, whatever the connection), then takes half the round trip to arrive. A new connection's first
 * byte leaves one round trip after the phone connected (the handshake). No slow start: the pipe runs at its rate
 * from the first byte, so what a transfer costs above its floor is the client's and server's own doing.
 */
final class LinkRelay implements AutoCloseable {
    /** One TCP segment's payload: the unit paced, so that bytes arrive progressively as on the wire. */
    private static final int SEGMENT = 1460;

    private final Link link;
    private final InetSocketAddress server;
    private final ServerSocket listener;
    private final Pipe up;
    private final Pipe down;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "link-relay");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private LinkRelay(Link link, int listenPort, InetSocketAddress server) throws IOException {
        this.link = link;
        this.server = server;
        this.listener = new ServerSocket(listenPort, 50, InetAddress.getLoopbackAddress());
        long oneWayNanos = link.rtt().toNanos() / 2;
        this.up = new Pipe(link.upBitsPerSecond(), oneWayNanos);
        this.down = new Pipe(link.downBitsPerSecond(), oneWayNanos);
        threads.execute(this::acceptLoop);
    }

    /** Listens on {@code listenPort} of 127.0.0.1 (0: any free port) and relays to {@code serverPort} there. */
    static LinkRelay start(Link link, int listenPort, int serverPort) throws IOException {
        return new LinkRelay(link, listenPort, new InetSocketAddress(InetAddress.getLoopbackAddress(), serverPort));
    }

    int port() {
        return listener.getLocalPort();
    }

    Link link() {
        return link;
    }

    /** Bytes relayed from the phones to the server so far. */
    long bytesUp() {
        return up.bytes.get();
    }

    /** Bytes relayed from the server to the phones so far. */
    long bytesDown() {
        return down.bytes.get();
    }

    private void acceptLoop() {
        while (!listener.isClosed()) {
            try {
                Socket phone = listener.accept();
                long connectedAt = System.nanoTime();
                threads.execute(() -> relay(phone, connectedAt));
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void relay(Socket phone, long connectedAt) {
        Socket toServer = new Socket();
        open.add(phone);
        open.add(toServer);
        try {
            phone.setTcpNoDelay(true);
            toServer.setTcpNoDelay(true);
            toServer.connect(server, 10_000);
            Connection connection = new Connection(phone, toServer);
            // The phone's first bytes leave once the handshake's round trip is over.
            connection.pump(phone, toServer, up, connectedAt + link.rtt().toNanos());
            connection.pump(toServer, phone, down, 0);
        } catch (IOException e) {
            closeQuietly(phone);
            closeQuietly(toServer);
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(LinkRelay::closeQuietly);
        threads.shutdownNow();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // closing anyway
        }
    }

    /** One direction of the link, shared by every connection. */
    private static final class Pipe {
        private final long bitsPerSecond;
        private final long oneWayNanos;
        private final AtomicLong bytes = new AtomicLong();
        private long freeAt = Long.MIN_VALUE;

        Pipe(long bitsPerSecond, long oneWayNanos) {
            this.bitsPerSecond = bitsPerSecond;
            this.oneWayNanos = oneWayNanos;
        }

        /** Books the pipe for {@code length} bytes leaving no earlier than {@code notBefore}; returns their arrival. */
        synchronized long carry(int length, long notBefore) {
            long start = Math.max(Math.max(System.nanoTime(), notBefore), freeAt);
            freeAt = start + length * 8L * 1_000_000_000L / bitsPerSecond;
            bytes.addAndGet(length);
            return freeAt + oneWayNanos;
        }
    }

    /** A segment and when it arrives; an empty one marks the end of the stream. */
    private record Segment(byte[] data, long arrivesAt) {}

    /** A phone's connection through the relay: both sockets are closed once both directions ended, or one failed. */
    private final class Connection {
        private final Socket phone;
        private final Socket toServer;
        private int ended;

        Connection(Socket phone, Socket toServer) {
            this.phone = phone;
            this.toServer = toServer;
        }

        /** Reads {@code from} as fast as it sends, books each segment on {@code pipe}, writes it when it arrives. */
        void pump(Socket from, Socket to, Pipe pipe, long notBefore) throws IOException {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            BlockingQueue<Segment> queue = new LinkedBlockingQueue<>();
            threads.execute(() -> {
                byte[] buffer = new byte[64 * 1024];
                try {
                    for (int n; (n = in.read(buffer)) > 0; ) {
                        for (int at = 0; at < n; at += SEGMENT) {
                            int length = Math.min(SEGMENT, n - at);
                            queue.add(new Segment(
                                    Arrays.copyOfRange(buffer, at, at + length), pipe.carry(length, notBefore)));
                        }
                    }
                    queue.add(new Segment(new byte[0], pipe.carry(0, notBefore)));
                } catch (IOException e) {
                    fail();
                }
            });
            threads.execute(() -> {
                try {
                    while (true) {
                        Segment segment = queue.take();
                        for (long wait; (wait = segment.arrivesAt() - System.nanoTime()) > 0; ) {
                            LockSupport.parkNanos(wait);
                        }
                        if (segment.data().length == 0) {
                            to.shutdownOutput();
                            end();
                            return;
                        }
                        out.write(segment.data());
                    }
                } catch (IOException e) {
                    fail();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail();
                }
            });
        }

        private void end() {
            boolean both;
            synchronized (this) {
                both = ++ended == 2;
            }
            if (both) {
                fail();
            }
        }

        private void fail() {
            closeQuietly(phone);
            closeQuietly(toServer);
            open.remove(phone);
            open.remove(toServer);
        }
    }
}
