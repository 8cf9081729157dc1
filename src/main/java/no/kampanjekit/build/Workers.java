package no.kampanjekit.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs per-file work on every core, one file per task, with deep stacks and a time limit: a
 * page nested hundreds of levels deep or built to make a parser spin must cost its author a
 * diagnostic, not the whole build a crash or a hang.
 */
final class Workers {
    /** Recursive parsers need more than the default stack for deeply nested (but legal) Markdown. */
    private static final long STACK_BYTES = 64L * 1024 * 1024;
    private static final long SECONDS_PER_FILE = 20;

    /** What went wrong with one input: it took too long, or it was too deep to work through. */
    enum Failure { TOO_SLOW, TOO_DEEP }

    record Outcome<R>(R result, Failure failure) {}

    private Workers() {}

    /** Applies {@code work} to each input in parallel; the outcomes keep the inputs' order. */
    static <T, R> List<Outcome<R>> map(List<T> inputs, Function<T, R> work) {
        int cores = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size()));
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(cores, r -> {
            Thread t = new Thread(null, r, "kampanjekit-worker-" + n.incrementAndGet(), STACK_BYTES);
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T input : inputs) futures.add(pool.submit(() -> work.apply(input)));
            List<Outcome<R>> out = new ArrayList<>();
            for (Future<R> f : futures) out.add(await(f));
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> Outcome<R> await(Future<R> f) {
        try {
            return new Outcome<>(f.get(SECONDS_PER_FILE, TimeUnit.SECONDS), null);
        } catch (TimeoutException e) {
            f.cancel(true);
            return new Outcome<>(null, Failure.TOO_SLOW);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof StackOverflowError) return new Outcome<>(null, Failure.TOO_DEEP);
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    static <R> Optional<R> result(Outcome<R> o) {
        return Optional.ofNullable(o.result());
    }
}
