package org.jalons.sync;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local writes of a sync run done on one background thread, one at a time and in the order given, while the
 * calling thread waits for the network: on a phone the request to the server and the write of the previous
 * answer overlap. At most one write is in flight: {@link #submit} first waits for the previous one, so a
 * failure stops the run before anything later is written, and {@link #close} waits for the last one.
 */
final class InOrderWriter<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InOrderWriter.class);

    private final ExecutorService thread;
    private Future<T> inFlight;

    InOrderWriter(String threadName) {
        thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Waits for the write in flight, then starts {@code write}; returns what the previous write returned (null
     * when there was none). A failure of the previous write is thrown here, and {@code write} is not started.
     */
    T submit(Callable<T> write) {
        T previous = awaitInFlight();
        inFlight = thread.submit(write);
        return previous;
    }

    /** Waits for the write in flight; returns what it returned, or null when there was none. */
    T awaitInFlight() {
        Future<T> waiting = inFlight;
        inFlight = null;
        if (waiting == null) {
            return null;
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return waiting.get();
                } catch (InterruptedException e) {
                    interrupted = true; // a local transaction is never abandoned half way: it ends first
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * Waits for the write in flight (a run that failed on the network still keeps what it had received) and
     * stops the thread. A failure of that write is logged, not thrown: another error is already on its way, or
     * {@link #awaitInFlight} was called before on the normal path.
     */
    @Override
    public void close() {
        try {
            awaitInFlight();
        } catch (RuntimeException | Error e) {
            LOG.warn("A local sync write failed", e);
        } finally {
            thread.shutdown();
        }
    }
}
