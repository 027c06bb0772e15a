package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.*;

class ProgressTest {

    @Test
    void stderrPrintsAtMostTwoLinesASecondAndAlwaysTheLast() {
        var bytes = new ByteArrayOutputStream();
        var out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        AtomicLong clock = new AtomicLong();
        var p = new ThrottledProgress("sweep", out, clock::get, ThrottledProgress.DEFAULT_INTERVAL_NANOS);
        // 100 updates 10 ms apart span 0..0.99 s: lines at 0, 0.5 s, plus the final one = 3 lines.
        for (int done = 1; done <= 100; done++) {
            p.update(done, 100, "");
            clock.addAndGet(10_000_000L);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, String.join(" | ", lines));
        assertEquals("sweep: 1/100 (1%)", lines[0]);
        assertEquals("sweep: 51/100 (51%)", lines[1]);
        assertEquals("sweep: 100/100 (100%)", lines[2]);
    }

    @Test
    void noneIgnoresUpdates() {
        assertDoesNotThrow(() -> Progress.NONE.update(1, 2, "x"));
    }
}
