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
    void outsideAKernelProgressIsTextOnStandardError() {
        assertEquals("brokerlab.experiment.ThrottledProgress", NotebookEnv.progress("x").getClass().getName());
    }
}
