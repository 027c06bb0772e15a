package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunRegistryTest {
    private static final Clock FIXED = Clock.fixed(Instant.parse("2026-11-21T08:30:00Z"), ZoneOffset.UTC);

    @Test
    void savesListsLoadsAndComparesRunsWithParametersSeedAndVersion(@TempDir Path dir) {
        var runs = RunRegistry.in(dir, FIXED);
        var params = new LinkedHashMap<String, Object>();
        params.put("servers", 4);
        params.put("rho", 0.9);
        RunRecord a = runs.save("mm4", params, 42, Map.of("meanWait", new ConfidenceInterval(1.97, 0.02, 0.95, 20)), "test");
        params.put("rho", 0.8);
        RunRecord b = runs.save("mm4", params, 43, Map.of("meanWait", 0.75), "test");

        assertEquals("mm4-20261121T083000Z", a.id());
        assertEquals("mm4-20261121T083000Z-2", b.id(), "a second run in the same second gets a suffix");
        assertEquals(2, runs.list().size());
        RunRecord loaded = runs.load(a.id());
        assertEquals(42, loaded.seed());
        assertEquals(LibraryVersion.get(), loaded.libraryVersion());
        assertEquals(0.9, ((Number) loaded.parameters().get("rho")).doubleValue());
        assertEquals(1.97, ((Number) ((Map<?, ?>) loaded.results().get("meanWait")).get("estimate")).doubleValue());

        var table = runs.compare(a.id(), b.id());
        int rhoRow = table.stringColumn("field").indexOf("parameters.rho");
        assertEquals("0.9", table.stringColumn(a.id()).get(rhoRow));
        assertEquals("0.8", table.stringColumn(b.id()).get(rhoRow));
        assertEquals("no", table.stringColumn("same").get(rhoRow));
        assertEquals("yes", table.stringColumn("same").get(table.stringColumn("field").indexOf("parameters.servers")));
        assertEquals(2, runs.listTable().rowCount());
    }

    @Test
    void unknownIdsAndBadNamesFailWithOneClearMessage(@TempDir Path dir) {
        var runs = RunRegistry.in(dir, FIXED);
        runs.save("one", Map.of(), 1, Map.of("x", 1), "test");
        var missing = assertThrows(IllegalArgumentException.class, () -> runs.load("nope"));
        assertTrue(missing.getMessage().contains("one-20261121T083000Z"), missing.getMessage());
        var bad = assertThrows(IllegalArgumentException.class, () -> runs.save("no spaces", Map.of(), 1, Map.of(), "t"));
        assertTrue(bad.getMessage().startsWith("name"), bad.getMessage());
        var odd = assertThrows(IllegalArgumentException.class, () -> runs.save("x", Map.of(), 1, Map.of("o", new Object()), "t"));
        assertTrue(odd.getMessage().contains("result 'o'"), odd.getMessage());
    }
}
