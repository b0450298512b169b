package org.jalons.bench;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The phones' sockets in the sync benchmark, counting the bytes they send and receive: what crosses the wire (after
 * gzip), whether the phones talk to the server directly, through the link emulator or through an outside proxy.
 * Nagle's algorithm is off, as on the engine's own sockets. As a network interceptor it counts the requests sent
 * (retries included): with the connections opened, the round trips a phase costs.
 */
final class WireCounter extends SocketFactory implements Interceptor {
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong connections = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();

    long sent() {
        return sent.get();
    }

    long received() {
        return received.get();
    }

    long connections() {
        return connections.get();
    }

    long requests() {
        return requests.get();
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        requests.incrementAndGet();
        return chain.proceed(chain.request());
    }

    @Override
    public Socket createSocket() throws IOException {
        Socket socket = new CountingSocket();
        socket.setTcpNoDelay(true);
        connections.incrementAndGet();
        return socket;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress address) throws IOException {
        Socket socket = createSocket();
        socket.connect(address);
        return socket;
    }

    private final class CountingSocket extends Socket {
        @Override
        public InputStream getInputStream() throws IOException {
            return new FilterInputStream(super.getInputStream()) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0) {
                        received.incrementAndGet();
                    }
                    return b;
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        received.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        @Override
        public OutputStream getOutputStream() throws IOException {
            return new FilterOutputStream(super.getOutputStream()) {
                @Override
                public void write(int b) throws IOException {
                    out.write(b);
                    sent.incrementAndGet();
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len); // not FilterOutputStream's byte-by-byte loop
                    sent.addAndGet(len);
                }
            };
        }
    }
}
