package io.broadsheet.runtime.convert;

import io.broadsheet.core.model.Article;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs one output's export session on a thread of its own, fed through a bounded queue: a slow exporter
 * does not stall parsing or the other outputs, and memory stays bounded by the queue. The target sees
 * the articles in the order they were submitted, on one thread, exactly as it would without the worker.
 */
final class OutputWorker {

    /** Enough articles to ride over one slow page; each is a few KB, so memory stays small. */
    static final int QUEUE_CAPACITY = 256;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final Thread thread;
    private volatile RuntimeException failure;

    OutputWorker(String name, Consumer<Article> target) {
        this.thread = new Thread(() -> drain(target), "output-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    void submit(Article article) {
        put(article);
    }

    /** Waits until the target has taken every submitted article. */
    void finish() {
        put(END);
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure != null) {
            throw failure;
        }
    }

    private void put(Object item) {
        try {
            // A worker that died (a bug, reported by finish()) takes nothing more: never wait on it forever.
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while handing an article to an output", e);
        }
    }

    private void drain(Consumer<Article> target) {
        try {
            for (Object item = take(); item != END; item = take()) {
                target.accept((Article) item);
            }
        } catch (RuntimeException | Error e) {
            // The target records its own failures; this is a bug in the worker's caller, kept for finish().
            failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        }
    }

    private Object take() {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            throw new IllegalStateException("output thread interrupted", e);
        }
    }
}
