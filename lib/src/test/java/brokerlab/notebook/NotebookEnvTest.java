package brokerlab.notebook;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class NotebookEnvTest {
    @Test
    void saySplitsASentenceAtSpacesWithinTheTextWidthWithADecimalPoint() {
        String sentence = NotebookEnv.sayText("at p = %.2f the broker runs at %.3f; %s", 0.22, 0.951, "word ".repeat(40).strip());
        String[] lines = sentence.split("\n");
        // 40 words of 5 characters (with their spaces) after a 38-character clause cannot fit one 100-character line.
        assertTrue(lines.length > 1, sentence);
        for (String line : lines) assertTrue(line.length() <= NotebookEnv.TEXT_WIDTH, line.length() + ": " + line);
        assertTrue(lines[0].startsWith("at p = 0.22 the broker runs at 0.951;"), lines[0]);
        for (int i = 1; i < lines.length; i++) assertTrue(lines[i].startsWith("  word"), lines[i]);
    }

    @Test
    void sayFormatsAndWrapsTheWholeSentence() {
        // 30 words "x1".."x30" (2-3 characters each) make 110 characters with spaces: two lines.
        String words = String.join(" ", java.util.stream.IntStream.rangeClosed(1, 30).mapToObj(i -> "x" + i).toList());
        String text = NotebookEnv.sayText("%s", words);
        assertEquals(words, text.replace("\n  ", " "));
        assertEquals(2, text.split("\n").length, text);
    }


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
    void aCommittedRunIsReusedOnlyWithTheSameParametersAndSeed(@TempDir Path dir) throws Exception {
        var table = tech.tablesaw.api.Table.create("t", tech.tablesaw.api.DoubleColumn.create("x", 1.0, 2.0));
        var params = new java.util.LinkedHashMap<String, Object>();
        params.put("duration_s", 40_000.0);
        params.put("replications", 16);
        params.put("p", "0.01,0.12");
        new brokerlab.experiment.ResultWriter(dir, "notebooks/test").write("t", table, params, 42);
        assertTrue(NotebookEnv.metaMatches(dir, "t", params, 42));
        assertTrue(NotebookEnv.metaMatches(dir, "t", java.util.Map.of("p", "0.01,0.12", "replications", 16,
                "duration_s", 40_000.0), 42), "the order of the parameters does not matter");
        var changed = new java.util.LinkedHashMap<>(params);
        changed.put("duration_s", 4_000.0);                   // fast mode's shorter run, or a reader's change
        assertFalse(NotebookEnv.metaMatches(dir, "t", changed, 42));
        var more = new java.util.LinkedHashMap<>(params);
        more.put("servers", 4);
        assertFalse(NotebookEnv.metaMatches(dir, "t", more, 42));
        assertFalse(NotebookEnv.metaMatches(dir, "t", params, 43), "another seed");
        assertFalse(NotebookEnv.metaMatches(dir, "absent", params, 42));
        Files.writeString(dir.resolve("t.meta.json"), "{ not json");
        assertFalse(NotebookEnv.metaMatches(dir, "t", params, 42), "unreadable metadata is not trusted");
    }

    @Test
    void regeneratingDataNeverReusesIt() {
        // make data writes into data/ itself: the same directory, reached by another path, is still the same.
        Path committed = NotebookEnv.committedDir();
        assertTrue(NotebookEnv.sameDirectory(committed, committed.resolve("../data")));
        assertFalse(NotebookEnv.sameDirectory(committed, committed.resolve("../build/data")));
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
