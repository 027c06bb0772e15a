package brokerlab.consistency;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.*;

class HistoryFileTest {
    private static final String WRITE = "{\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"key\":\"x\",\"value\":1,\"time\":0}";
    private static final String WRITE_OK = "{\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"key\":\"x\",\"value\":1,\"time\":1}";

    private static HistoryFormatException reject(String... lines) {
        return assertThrows(HistoryFormatException.class, () -> HistoryFile.parse("h.jsonl", String.join("\n", lines)));
    }

    @Test
    void readsTheDocumentedExample() {
        History h = HistoryFile.parse("h.jsonl", String.join("\n", WRITE, WRITE_OK,
                "{\"type\":\"invoke\",\"process\":1,\"f\":\"read\",\"key\":\"x\",\"time\":2}",
                "{\"type\":\"ok\",\"process\":1,\"f\":\"read\",\"key\":\"x\",\"value\":1,\"time\":3}",
                "{\"type\":\"invoke\",\"process\":2,\"f\":\"cas\",\"key\":\"x\",\"value\":[1,\"two\"]}",
                "{\"type\":\"info\",\"process\":2,\"f\":\"cas\"}"));
        assertEquals(3, h.size());
        Operation cas = h.operations().get(2);
        assertEquals(OpKind.CAS, cas.kind());
        assertEquals("1", cas.expected());
        assertEquals("\"two\"", cas.value());
        assertEquals(Operation.Status.INFO, cas.status());
        assertEquals("x", cas.key(), "a completion may leave the key out");
        assertEquals("read(x) -> 1", h.operations().get(1).describe());
    }

    @Test
    void aReturnWithoutAnInvokeNamesItsLine() {
        var e = reject(WRITE, WRITE_OK, "{\"type\":\"ok\",\"process\":1,\"f\":\"read\",\"value\":1}");
        assertEquals(3, e.line());
        assertEquals("h.jsonl line 3: a return (ok) for process 1 without an invoke; every ok, fail or info must follow an invoke by the same process",
                e.getMessage());
    }

    @Test
    void anUnknownOperationNamesItsLine() {
        var e = reject(WRITE, "{\"type\":\"invoke\",\"process\":1,\"f\":\"increment\"}");
        assertEquals("h.jsonl line 2: unknown operation \"increment\"; use read, write or cas", e.getMessage());
    }

    @Test
    void badJsonNamesItsLineAndColumn() {
        var e = reject(WRITE, "", "{\"type\":\"invoke\",\"process\":1,,}");
        assertEquals(3, e.line(), "blank lines are skipped but counted");
        assertTrue(e.getMessage().startsWith("h.jsonl line 3: not valid JSON ("), e.getMessage());
        assertTrue(e.getMessage().contains("column"), e.getMessage());
    }

    @Test
    void rejectsAnUnknownTypeFieldOrMalformedValue() {
        assertTrue(reject("{\"type\":\"start\",\"process\":0,\"f\":\"read\"}").getMessage().contains("unknown type \"start\""));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\",\"colour\":1}").getMessage().contains("unknown field \"colour\""));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0,\"f\":\"cas\",\"value\":3}").getMessage().contains("[expected, new]"));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0,\"f\":\"write\",\"value\":{\"a\":1}}").getMessage().contains("JSON scalar"));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":\"p1\",\"f\":\"read\"}").getMessage().contains("non-negative integer"));
        assertTrue(reject("[1,2]").getMessage().contains("expected a JSON object"));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0}").getMessage().contains("missing \"f\""));
    }

    @Test
    void rejectsInconsistentPairs() {
        assertTrue(reject(WRITE, WRITE).getMessage().contains("still open"), "two invokes by one process");
        assertTrue(reject(WRITE, "{\"type\":\"ok\",\"process\":0,\"f\":\"read\",\"value\":1}").getMessage().contains("completes read but invoked write"));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0,\"f\":\"read\"}", "{\"type\":\"ok\",\"process\":0,\"f\":\"read\"}")
                .getMessage().contains("an ok read needs the value read"));
        assertTrue(reject(WRITE, "{\"type\":\"ok\",\"process\":0,\"f\":\"write\",\"value\":2}").getMessage().contains("they must agree"));
        assertTrue(reject("{\"type\":\"invoke\",\"process\":0,\"f\":\"write\"}").getMessage().contains("needs the value written"));
    }

    @Test
    void timesMustNotGoBackwards() {
        var e = reject(WRITE_OK.replace("\"ok\"", "\"invoke\"").replace("\"time\":1", "\"time\":5"),
                WRITE_OK.replace("\"time\":1", "\"time\":4"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("real-time order"), e.getMessage());
    }

    @Test
    void writeThenReadGivesTheSameHistory(@TempDir Path dir) {
        var w = InMemoryStore.Workload.register(4, 300).keys(3);
        History h = InMemoryStore.run(InMemoryStore.Bug.NONE, w, 11);
        Path file = HistoryFile.write(h, dir.resolve("sub/h.jsonl"));
        History back = HistoryFile.read(file);
        assertEquals(h.operations().size(), back.operations().size());
        for (int i = 0; i < h.operations().size(); i++) {
            Operation a = h.operations().get(i), b = back.operations().get(i);
            assertEquals(a.describe(), b.describe());
            assertEquals(a.invokeIndex(), b.invokeIndex());
            assertEquals(a.completeIndex(), b.completeIndex());
            assertEquals(a.invokeTime(), b.invokeTime());
        }
        assertEquals(LinearizabilityChecker.check(h).outcome(), LinearizabilityChecker.check(back).outcome());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        var e = assertThrows(IllegalArgumentException.class, () -> HistoryFile.read(dir.resolve("nope.jsonl")));
        assertTrue(e.getMessage().contains("no such history file"), e.getMessage());
    }

    @Test
    void anInvokeWithoutCompletionAtTheEndIsIndeterminate() throws Exception {
        History h = HistoryFile.parse("h", WRITE);
        assertEquals(Operation.Status.INFO, h.operations().get(0).status());
        assertEquals(-1, h.operations().get(0).completeIndex());
        assertTrue(h.operations().get(0).where().contains("never completed"));
    }

    @Test
    void recorderRefusesASecondOpenOperationPerProcess() {
        var rec = new HistoryRecorder();
        rec.invoke(0, 3, OpKind.READ, "x", 0, 0);
        var e = assertThrows(IllegalArgumentException.class, () -> rec.invoke(1, 3, OpKind.WRITE, "x", 0, 1));
        assertTrue(e.getMessage().startsWith("process = 3 is invalid: it already has an operation open"), e.getMessage());
    }
}
