package com.chatcore.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Clears the way for the embedded PostgreSQL on a data directory. Its postmaster is daemonized by
 * {@code pg_ctl}, so it outlives a server killed with {@code kill -9} and keeps {@code postmaster.pid};
 * the next start then failed with "lock file already exists". The embedded library holds a file lock on
 * {@code epg-lock} while its server runs, and the OS drops that lock when the JVM dies: when we can take
 * it, no live server owns the directory, and a postmaster still running on it is an orphan to stop.
 */
final class OrphanedPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
    static final String PID_FILE = "postmaster.pid";
    static final String OWNER_LOCK = "epg-lock";

    private OrphanedPostmaster() {
    }

    /** Stops an orphaned postmaster on {@code directory}, or fails when a live server owns it. */
    static void clear(Path directory, Duration stopTimeout) throws IOException {
        Path pidFile = directory.resolve(PID_FILE);
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory.resolve(OWNER_LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = tryLock(channel)) {
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            Optional<ProcessHandle> postmaster = postmasterOf(pidFile);
            if (postmaster.isPresent()) {
                stop(postmaster.get(), directory, stopTimeout);
            } else {
                // Its process is gone (or the pid now names another program): PostgreSQL would refuse to start
                // on a pid file whose pid is alive, so drop it.
                Files.deleteIfExists(pidFile);
            }
        }
    }

    /** The owner lock, or null when a live server holds it (in another JVM, or in this one). */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
    }

    private static void stop(ProcessHandle postmaster, Path directory, Duration timeout) throws IOException {
        log.warn("A PostgreSQL server (pid {}) left running by a server that was killed still holds {}; stopping it",
                postmaster.pid(), directory);
        // SIGTERM: PostgreSQL's smart shutdown, which checkpoints; its clients died with the old JVM.
        postmaster.destroy();
        try {
            postmaster.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            log.warn("The orphaned PostgreSQL server (pid {}) did not stop within {}; killing it", postmaster.pid(),
                    timeout);
            postmaster.destroyForcibly();
            waitForExit(postmaster);
        } catch (ExecutionException e) {
            throw new IOException("Could not stop the orphaned PostgreSQL server " + postmaster.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the orphaned PostgreSQL server", e);
        }
        Files.deleteIfExists(directory.resolve(PID_FILE));
    }

    private static void waitForExit(ProcessHandle process) throws IOException {
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("Could not kill the orphaned PostgreSQL server " + process.pid(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while killing the orphaned PostgreSQL server", e);
        }
    }

    /** Another live server runs on the same data directory: starting a second one would corrupt it. */
    static final class DataDirectoryInUseException extends IOException {

        DataDirectoryInUseException(Path directory) {
            super("another chatcore server is running on " + directory
                    + "; stop it or give this one its own CHAT_DATA_DIR");
        }
    }
}
