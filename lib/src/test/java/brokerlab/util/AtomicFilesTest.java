package brokerlab.util;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;

class AtomicFilesTest {

    @Test
    void replaceWritesTheWholeTextAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("a.json");
        AtomicFiles.replace(f, "one");
        AtomicFiles.replace(f, "two");
        assertEquals("two", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "only a.json remains");
        }
    }

    @Test
    void createNewRefusesATakenNameAndKeepsTheFirstText(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("run.json");
        assertTrue(AtomicFiles.createNew(f, "first"));
        assertFalse(AtomicFiles.createNew(f, "second"));
        assertEquals("first", Files.readString(f));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "the loser's temporary file is removed");
        }
    }
}
