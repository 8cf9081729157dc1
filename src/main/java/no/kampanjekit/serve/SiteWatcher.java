package no.kampanjekit.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the folders editors change (content/, templates/, assets/, kits/ and kampanjekit.yml)
 * and calls back once a burst of saves has settled, so one save gives one rebuild.
 */
final class SiteWatcher implements AutoCloseable {
    private static final List<String> FOLDERS = List.of("content", "templates", "assets", "kits");
    /** Editors save in bursts (write, rename, touch); wait this long for quiet before building. */
    private static final long SETTLE_MS = 60;

    private final Path project;
    private final Runnable onChange;
    private final WatchService watch;
    private final Thread thread;

    SiteWatcher(Path project, Runnable onChange) throws IOException {
        this.project = project;
        this.onChange = onChange;
        this.watch = FileSystems.getDefault().newWatchService();
        this.thread = new Thread(this::run, "preview-watch");
        this.thread.setDaemon(true);
        registerAll();
    }

    void start() {
        thread.start();
    }

    private void registerAll() throws IOException {
        register(project);
        for (String f : FOLDERS) {
            Path dir = project.resolve(f);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> dirs = Files.walk(dir)) {
                for (Path d : dirs.filter(Files::isDirectory).toList()) register(d);
            }
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    private void run() {
        try {
            while (true) {
                WatchKey key = watch.take();
                boolean relevant = drain(key);
                // Collect the rest of the burst.
                WatchKey more;
                while ((more = watch.poll(SETTLE_MS, TimeUnit.MILLISECONDS)) != null) relevant |= drain(more);
                if (relevant) {
                    try {
                        registerAll(); // new folders, and folders that came back after a delete
                    } catch (IOException e) {
                        // a folder vanished while we looked; the next event registers again
                    }
                    onChange.run();
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closing
        }
    }

    /** Whether the events concern the site's input (not target/, not editor swap files). */
    private boolean drain(WatchKey key) {
        Path dir = (Path) key.watchable();
        boolean relevant = false;
        for (var event : key.pollEvents()) {
            if (!(event.context() instanceof Path name)) {
                relevant = true; // overflow: rebuild to be safe
                continue;
            }
            String n = name.toString();
            if (n.startsWith(".") || n.endsWith("~") || n.endsWith(".swp")) continue;
            if (dir.equals(project) && !n.equals("kampanjekit.yml") && !FOLDERS.contains(n)) continue;
            relevant = true;
        }
        key.reset();
        return relevant;
    }

    @Override
    public void close() {
        try {
            watch.close();
        } catch (IOException e) {
            // closing anyway
        }
        thread.interrupt();
    }
}
