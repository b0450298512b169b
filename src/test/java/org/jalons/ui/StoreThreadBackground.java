package org.jalons.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Queues work as the app's store thread does, and runs it when the test says so: each piece on a thread of its
 * own named {@link #THREAD}, in order, its result handed back on the test's thread (the screen's thread here).
 */
public final class StoreThreadBackground implements Background, AutoCloseable {
    public static final String THREAD = "test-store";

    private final ExecutorService store = Executors.newSingleThreadExecutor(r -> new Thread(r, THREAD));
    private final Deque<Runnable> queued = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        queued.add(() -> {
            T result;
            try {
                result = store.submit(work).get();
            } catch (ExecutionException e) {
                onFailure.accept(e.getCause());
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            onSuccess.accept(result);
        });
    }

    public int queued() {
        return queued.size();
    }

    /** Runs what is queued, and what that queues, until nothing is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Override
    public void close() {
        store.shutdown();
    }
}
