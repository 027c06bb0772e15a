package brokerlab.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class ResultWriterTest {

    @Test
    void writesExactlyTheTableAsCsvAndASidecarWithProvenance(@TempDir Path dir) throws Exception {
        Table t = Table.create("t",
                DoubleColumn.create("rho", 0.5, 0.9),
                StringColumn.create("policy", "JSQ", "a,\"b\""),
                DoubleColumn.create("wait", new double[] {1.0, Double.NaN}));
        Clock fixed = Clock.fixed(Instant.parse("2026-01-02T03:04:05.678Z"), ZoneOffset.UTC);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("servers", 4);
        params.put("label", "tab\there");
        Path csv = new ResultWriter(dir.resolve("data"), "notebooks/03-test.ipynb", fixed).write("demo", t, params, 42);

        assertEquals(dir.resolve("data/demo.csv"), csv);
        // NaN is Tablesaw's missing double: an empty field. The field with a comma and quotes is RFC 4180-quoted.
        assertEquals("rho,policy,wait\n0.5,JSQ,1.0\n0.9,\"a,\"\"b\"\"\",\n", Files.readString(csv));

        String meta = Files.readString(dir.resolve("data/demo.meta.json"));
        assertTrue(meta.startsWith("{\n  \"name\": \"demo\",\n  \"producer\": \"notebooks/03-test.ipynb\",\n  \"seed\": 42,\n"), meta);
        assertTrue(meta.contains("\"library_version\": \"" + LibraryVersion.get() + "\""), meta);
        assertTrue(meta.contains("\"java_version\": \"" + System.getProperty("java.version") + "\""), meta);
        assertTrue(meta.contains("\"created_utc\": \"2026-01-02T03:04:05Z\""), meta);
        assertTrue(meta.contains("\"columns\": [\"rho\", \"policy\", \"wait\"]"), meta);
        assertTrue(meta.contains("\"parameters\": {\n    \"servers\": 4,\n    \"label\": \"tab\\there\"\n  }"), meta);
    }

    @Test
    void sameInputsGiveIdenticalFiles(@TempDir Path dir) throws Exception {
        Table t = Table.create("t", DoubleColumn.create("x", 1, 2, 3));
        Clock fixed = Clock.fixed(Instant.EPOCH, ZoneOffset.UTC);
        var w = new ResultWriter(dir, "test", fixed);
        w.write("a", t, Map.of("b", 2, "a", 1), 1);
        w.write("b", t, Map.of("a", 1, "b", 2), 1);
        assertEquals(Files.readString(dir.resolve("a.csv")), Files.readString(dir.resolve("b.csv")));
        assertEquals(Files.readString(dir.resolve("a.meta.json")).replace("\"a\",", "\"b\","),
                Files.readString(dir.resolve("b.meta.json")));
    }

    @Test
    void rejectsNamesThatAreNotPlainFileNames(@TempDir Path dir) {
        var w = new ResultWriter(dir, "test");
        var e = assertThrows(IllegalArgumentException.class,
                () -> w.write("../escape", Table.create("t"), Map.of(), 1));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
    }
}
