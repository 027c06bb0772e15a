package brokerlab.dist;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.*;

class TraceReaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private String failure(Path p, String column) {
        return assertThrows(IllegalArgumentException.class, () -> TraceReader.read(p, column)).getMessage();
    }

    @Test
    void quotedHeaderFieldsWithCommasAndDoubledQuotesNameTheirColumns() throws IOException {
        // RFC 4180: "a, b" is one field, "say ""hi""" reads say "hi"; unquoted fields are trimmed
        Path p = write("q.csv", " id , \"service time\",\"a, b\",\"say \"\"hi\"\"\",\n1, 2 ,\"3\",4,\n");
        assertArrayEquals(new double[]{1}, TraceReader.read(p, "id").values());
        assertArrayEquals(new double[]{2}, TraceReader.read(p, "service time").values());
        assertArrayEquals(new double[]{3}, TraceReader.read(p, "a, b").values());
        assertArrayEquals(new double[]{4}, TraceReader.read(p, "say \"hi\"").values());
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndingsAreHandled() throws IOException {
        Path p = write("bom.csv", "\uFEFFlatency,x\r\n1,a\r\n\r\n3,b\r\n");
        var t = TraceReader.read(p, "latency");
        assertArrayEquals(new double[]{1, 3}, t.values());
        assertEquals(2, t.observations());
    }

    @Test
    void gzipIsRecognisedByItsMagicBytesWhateverTheName() throws IOException {
        for (String name : new String[]{"trace.csv.gz", "trace-no-suffix.csv"}) {
            Path p = dir.resolve(name);
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write("\uFEFFlatency\n0.5\n\"2.5\"\n1\n".getBytes(StandardCharsets.UTF_8));
            }
            assertArrayEquals(new double[]{0.5, 1, 2.5}, TraceReader.read(p, "latency").values(), name);
        }
        Path truncated = dir.resolve("cut.gz");
        byte[] whole = Files.readAllBytes(dir.resolve("trace.csv.gz"));
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertTrue(failure(truncated, "latency").contains("gzip"), failure(truncated, "latency"));
    }

    @Test
    void aTraceLongerThanTheLimitIsSubsampledUniformlyAndReproducibly() throws IOException {
        // values (i + 0.5) / N for i < N: the trace's CDF is F(x) = x to within 1/N. A uniform subsample of
        // m = 2^20 stays within the 95% DKW band sqrt(ln(2/0.05) / (2m)) = 0.00133 of it (checked on a grid).
        int n = TraceReader.MAX_VALUES + 200_000;
        Path p = dir.resolve("long.csv");
        try (Writer w = Files.newBufferedWriter(p)) {
            w.write("v\n");
            for (int i = 0; i < n; i++) w.write(((i * 7919L) % n + 0.5) / n + "\n");   // a permutation: order must not matter
        }
        var t = TraceReader.read(p, "v");
        assertEquals(n, t.observations());
        assertEquals(TraceReader.MAX_VALUES, t.values().length);
        assertTrue(t.subsampled());
        Empirical e = Empirical.fromCsv(p, "v");
        for (double x = 0.05; x < 1; x += 0.05) assertEquals(x, e.cdf(x), 0.00133, "x = " + x);
        assertArrayEquals(t.values(), e.values(), "same file, same subsample");
        assertEquals(n, e.observations());
    }

    @Test
    void aRecordWithoutEndIsRefusedWithTheLimitBeforeItIsBuffered() throws IOException {
        Path p = write("oneline.csv", "v\n" + "7".repeat(TraceReader.MAX_RECORD_CHARS + 200_000));
        String m = failure(p, "v");
        assertTrue(m.startsWith("file = ") && m.contains("longer than " + TraceReader.MAX_RECORD_CHARS), m);
        assertTrue(m.length() < 400, "the content is not echoed: " + m.length());
    }

    @Test
    void fileContentIsNeverEchoedBeyondShortNumberLikeCells() throws IOException {
        Path passwd = write("passwd", "root:x:0:0:root:/root:/bin/bash\nuser:SECRETHASH:1000:1000::/home/user:/bin/sh\n");
        String m = failure(passwd, "latency");
        assertTrue(m.contains("not listed"), m);
        assertFalse(m.contains("root:") || m.contains("SECRET"), m);
        Path cells = write("cells.csv", "latency\n1\n$6$SECRETHASH/with:odd=chars\n");
        m = failure(cells, "latency");
        assertTrue(m.contains("line 3") && m.contains("(a 28-character text)"), m);
        assertFalse(m.contains("SECRET"), m);
        Path binary = dir.resolve("binary.csv");
        Files.write(binary, new byte[]{'v', '\n', (byte) 0xC3, (byte) 0x28, '\n'});
        assertTrue(failure(binary, "v").contains("not UTF-8"), failure(binary, "v"));
    }

    @Test
    void anUnclosedQuoteIsInvalidCsvNamingWhereReadingStopped() throws IOException {
        Path p = write("bad.csv", "v\n1\n2\n\"3\n4\n");
        String m = failure(p, "v");
        assertTrue(m.contains("not valid CSV after line 3"), m);
    }
}
