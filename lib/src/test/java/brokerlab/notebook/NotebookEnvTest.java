package brokerlab.notebook;

import org.junit.jupiter.api.Test;

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
    void aCommittedTableReadsItsColumnsAsNumbersOrText() {
        // data/trap-threshold.csv (notebook 03): T holds whole numbers, which must still read as a double column
        var t = NotebookEnv.committed("trap-threshold");
        assertEquals("trap-threshold", t.name());
        assertTrue(t.column("T") instanceof tech.tablesaw.api.DoubleColumn, t.column("T").type().name());
        assertTrue(t.rowCount() > 0);
        assertTrue(NotebookEnv.committedDir().endsWith("data"), NotebookEnv.committedDir().toString());
    }

    @Test
    void aMissingCommittedTableSaysHowToWriteIt() {
        var e = assertThrows(IllegalArgumentException.class, () -> NotebookEnv.committed("no-such-table"));
        assertTrue(e.getMessage().contains("data/no-such-table.csv") && e.getMessage().contains("make data"), e.getMessage());
    }

    @Test
    void outsideAKernelProgressIsTextOnStandardError() {
        assertEquals("brokerlab.experiment.ThrottledProgress", NotebookEnv.progress("x").getClass().getName());
    }
}
