package no.kampanjekit.output;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import no.kampanjekit.diagnostics.ContentErrorsException;

/**
 * Files of a preview build that were planned but not made: PDFs, slide decks, kit ZIPs, social
 * cards. The pages list them with their addresses; each is made the first time someone asks for
 * it, and kept for the rest of that build. A new build plans afresh, so a file never outlives the
 * content it was made from. The stages register how to make each file; the preview server only
 * asks by address and never sees an engine.
 */
public final class OnDemandFiles {
    /** A made file: its bytes, and its pages or slides (0 where that does not apply). */
    public record Made(byte[] bytes, int pages) {}

    /** Makes one file; content problems end it with a {@link ContentErrorsException}. */
    @FunctionalInterface
    public interface Maker {
        Made make() throws ContentErrorsException, IOException;
    }

    /** A publishing build: nothing is planned, everything is made at once. */
    public static final OnDemandFiles NONE = new OnDemandFiles();

    private final Map<String, Maker> planned = Collections.synchronizedMap(new TreeMap<>());
    private final Map<String, FutureTask<Made>> made = new ConcurrentHashMap<>();

    /** Plans the file at {@code uri} (relative to the site root); false if another file has that address already. */
    public boolean plan(String uri, Maker maker) {
        if (this == NONE) throw new IllegalStateException("a publishing build makes its files at once");
        return planned.putIfAbsent(uri, maker) == null;
    }

    public boolean has(String uri) {
        return planned.containsKey(uri);
    }

    /** Every planned address, sorted. */
    public Set<String> uris() {
        synchronized (planned) {
            return Set.copyOf(planned.keySet());
        }
    }

    /**
     * The file at {@code uri}, made now or earlier in this build; empty if nothing is planned there.
     * Callers asking for the same file at once share one making; a failed one is tried again next time.
     */
    public Optional<Made> make(String uri) throws ContentErrorsException, IOException {
        Maker maker = planned.get(uri);
        if (maker == null) return Optional.empty();
        FutureTask<Made> task = new FutureTask<>(maker::make);
        FutureTask<Made> existing = made.putIfAbsent(uri, task);
        if (existing == null) {
            task.run();
            existing = task;
        }
        try {
            return Optional.of(existing.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while making /" + uri, e);
        } catch (ExecutionException e) {
            made.remove(uri, existing);
            Throwable cause = e.getCause();
            if (cause instanceof ContentErrorsException c) throw new ContentErrorsException(c.diagnostics());
            if (cause instanceof IOException io) throw new IOException(io.getMessage(), io);
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
    }
}
