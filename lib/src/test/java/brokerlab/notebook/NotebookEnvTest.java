package brokerlab.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NotebookEnvTest {

    @Test
    void aDataDirectoryIsShownRelativeToTheProjectNeverAsAnAbsolutePath() {
        // Tests run in lib/, whose parent plays the project root here, as notebooks/' parent does in a kernel.
        Path cwd = Path.of("").toAbsolutePath();
        assertEquals("build/data/", NotebookEnv.shown(Path.of("../build/data")));
        assertEquals(cwd.getFileName() + "/x/", NotebookEnv.shown(cwd.resolve("x")));
        assertEquals("$BROKERLAB_DATA_DIR", NotebookEnv.shown(Path.of("/")));
    }

    @Test
    void outsideAKernelProgressIsTextOnStandardError() {
        assertEquals("brokerlab.experiment.ThrottledProgress", NotebookEnv.progress("x").getClass().getName());
    }

    @Test
    void aCommittedTableIsReadBackWithItsColumnsAndAMissingOneIsNamed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("coverage.csv"), "case,covered,coverage\nM/M/4,190,0.95\n");
        var t = NotebookEnv.read(dir, "coverage");
        assertEquals(1, t.rowCount());
        assertEquals(0.95, t.doubleColumn("coverage").get(0), 1e-12);
        assertEquals("M/M/4", t.stringColumn("case").get(0));
        var e = assertThrows(IllegalArgumentException.class, () -> NotebookEnv.read(dir, "absent"));
        assertTrue(e.getMessage().contains("absent.csv") && e.getMessage().contains("make data"), e.getMessage());
    }
}
