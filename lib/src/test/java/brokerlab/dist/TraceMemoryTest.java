package brokerlab.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.*;

/** A 90 MB trace read by a JVM with a 256 MB heap: streamed, not loaded, so it works instead of OutOfMemoryError. */
class TraceMemoryTest {

    @Test
    void aNinetyMegabyteTraceIsReadUnderA256MegabyteHeap(@TempDir Path dir) throws Exception {
        // 4,000,000 rows "id,broker-a1,L" with L = (i mod 1000 + 1) / 100: whole cycles of 0.01 .. 10.00, so the
        // trace's mean is exactly (0.01 + 10.00) / 2 = 5.005. The reader keeps a uniform subsample of m = 2^20 of
        // the n = 4e6 values; its mean has standard error sigma sqrt((1 - m/n) / m) with sigma = 2.887 (uniform on
        // 1000 equally spaced points: 0.01 sqrt((1000^2 - 1) / 12)), i.e. 0.0024; five of them is 0.012.
        int rows = 4_000_000;
        Path trace = dir.resolve("trace.csv");
        try (Writer w = Files.newBufferedWriter(trace)) {
            w.write("id,queue,latency_ms\n");
            StringBuilder line = new StringBuilder(32);
            for (int i = 0; i < rows; i++) {
                int k = i % 1000 + 1;
                line.setLength(0);
                line.append(i).append(",broker-a1,").append(k / 100).append('.').append(k % 100 < 10 ? "0" : "").append(k % 100).append('\n');
                w.append(line);
            }
        }
        assertTrue(Files.size(trace) >= 90_000_000L, "size " + Files.size(trace));
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                ReadTraceMain.class.getName(), trace.toString(), "latency_ms")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS), "the child finished");
        String out = new String(child.getInputStream().readAllBytes()).trim();
        assertEquals(0, child.exitValue(), "exit status; output: " + out);
        String[] f = out.split(" ");
        assertEquals(rows, Long.parseLong(f[0]), "every row counted");
        assertEquals(Empirical.MAX_EXACT_OBSERVATIONS, Integer.parseInt(f[1]), "a subsample of the stated size");
        assertEquals(5.005, Double.parseDouble(f[2]), 0.012);
    }
}
