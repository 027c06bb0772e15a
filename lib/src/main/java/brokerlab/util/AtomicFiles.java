package brokerlab.util;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Crash-safe file writes: the text goes to a temporary file in the target's own folder (same file system, so the
 * final step is a rename, never a copy), is forced to disk, and only then appears under its name in one atomic
 * step. A reader therefore sees the old file or the whole new one, never a prefix, and a process killed midway
 * leaves at most a stray {@code .NAME.*.tmp} file, which listings ignore (their names do not end in the
 * listed suffix). Temporary names are random, so concurrent writers never share one.
 */
public final class AtomicFiles {
    private AtomicFiles() {}

    /** Writes {@code text} (UTF-8) to {@code target}, replacing any file there, atomically. */
    public static void replace(Path target, String text) throws IOException {
        Path tmp = writeTemporary(target, text);
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /**
     * Writes {@code text} to {@code target} only if no file of that name exists, atomically: true when written,
     * false when the name was taken (then nothing is written). Publishing is a hard link of the finished temporary
     * file, which fails rather than replaces when the name exists, so two writers racing for one name cannot both
     * win. Where hard links are not supported, the name is first reserved by exclusive creation and the finished
     * file renamed over the reservation (a crash in between leaves an empty file, which readers report).
     */
    public static boolean createNew(Path target, String text) throws IOException {
        Path tmp = writeTemporary(target, text);
        try {
            try {
                Files.createLink(target, tmp);
            } catch (FileAlreadyExistsException e) {
                return false;
            } catch (UnsupportedOperationException | FileSystemException e) {
                try {
                    Files.createFile(target);
                } catch (FileAlreadyExistsException taken) {
                    return false;
                }
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            syncDirectory(target.toAbsolutePath().getParent());
            return true;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Path writeTemporary(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) ch.write(bytes);
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /** Makes the rename itself durable (POSIX); some platforms cannot open a folder, and then only the file is synced. */
    private static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a directory as a channel; the file's own force() above still holds
        }
    }
}
