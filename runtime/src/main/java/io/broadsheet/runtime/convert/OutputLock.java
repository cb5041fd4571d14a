package io.broadsheet.runtime.convert;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;

/**
 * A lock file in the output folder held for the whole run, so that a second run into the same folder
 * refuses instead of interleaving its files. The operating system's lock dies with the process, so a
 * killed run never leaves the folder locked; the file itself is removed when the run ends.
 */
final class OutputLock implements AutoCloseable {

    static final String FILE_NAME = ".broadsheet.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another run holds it. */
    static OutputLock tryAcquire(Path outputDir) throws IOException {
        Path file = outputDir.resolve(FILE_NAME);
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                Object opened = inode(file);
                lock = channel.tryLock();
                // The holder removes the file before releasing: a lock won on a removed file is no lock.
                if (lock != null && !Objects.equals(opened, inode(file))) {
                    lock.release();
                    channel.close();
                    continue;
                }
            } catch (OverlappingFileLockException e) {
                lock = null;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
            if (lock == null) {
                channel.close();
                return null;
            }
            return new OutputLock(file, channel, lock);
        }
    }

    private static Object inode(Path file) throws IOException {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    @Override
    public void close() throws IOException {
        if (channel.isOpen()) {
            Files.deleteIfExists(file);
            lock.release();
            channel.close();
        }
    }
}
