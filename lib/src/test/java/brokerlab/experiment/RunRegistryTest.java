package brokerlab.experiment;

import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

    /** A registry in dir/runs with one run, and a valid copy of that run file at dir/NAME, outside the registry. */
    private static RunRegistry oneRunAndACopyOutside(Path dir, String name) throws Exception {
        Path store = dir.resolve("runs");
        var runs = RunRegistry.in(store, FIXED);
        runs.save("one", Map.of(), 1, Map.of(), "test");
        Files.writeString(dir.resolve(name), Files.readString(store.resolve("one-20261121T083000Z.json")));
        return runs;
    }

    @Test
    void idsArePlainNamesInsideTheRegistryNeverPaths(@TempDir Path dir) throws Exception {
        var runs = oneRunAndACopyOutside(dir, "outside.json");
        for (String id : new String[]{"../outside", "../../etc/passwd", dir.resolve("outside").toString(), "a/b", ".hidden", ""}) {
            var e = assertThrows(IllegalArgumentException.class, () -> runs.load(id), id);
            assertTrue(e.getMessage().startsWith("run id = "), e.getMessage());
            assertTrue(e.getMessage().contains("a run id is a name inside the registry"), e.getMessage());
        }
    }

    @Test
    void aLinkLeadingOutOfTheRegistryIsRefusedAndSkipped(@TempDir Path dir) throws Exception {
        var runs = oneRunAndACopyOutside(dir, "secret.json");
        Files.createSymbolicLink(runs.directory().resolve("leak.json"), dir.resolve("secret.json"));
        var e = assertThrows(IllegalArgumentException.class, () -> runs.load("leak"));
        assertTrue(e.getMessage().contains("outside the registry"), e.getMessage());
        var listing = runs.scan();
        assertEquals(1, listing.runs().size());
        assertEquals(1, listing.warnings().size());
        assertTrue(listing.warnings().get(0).contains("leak.json"), listing.warnings().get(0));
    }

    @Test
    void unreadableFilesAreNamedOneLineEachAndTheGoodRunsStillList(@TempDir Path dir) throws Exception {
        var runs = RunRegistry.in(dir, FIXED);
        RunRecord good = runs.save("good", Map.of("rho", 0.9), 7, Map.of("w", 1.5), "test");
        String whole = Files.readString(dir.resolve(good.id() + ".json"));
        Files.writeString(dir.resolve("empty.json"), "");
        Files.writeString(dir.resolve("truncated.json"), whole.substring(0, whole.length() / 2));
        Files.writeString(dir.resolve("trailing.json"), whole + "{\"id\": \"x\"}");
        Files.writeString(dir.resolve("notjson.json"), "root:SECRETHASH:19000:0:99999:7:::\n");
        Files.writeString(dir.resolve("wrongtype.json"), whole.replace("\"seed\": 7", "\"seed\": \"seven\""));
        Files.writeString(dir.resolve(".partial.json.12345.tmp"), whole.substring(0, 10));   // a killed writer's leftover
        var listing = runs.scan();
        assertEquals(List.of(good.id()), listing.runs().stream().map(RunRecord::id).toList());
        assertEquals(5, listing.warnings().size(), listing.warnings().toString());
        for (String bad : new String[]{"empty.json", "truncated.json", "trailing.json", "notjson.json", "wrongtype.json"}) {
            assertEquals(1, listing.warnings().stream().filter(w -> w.contains(bad)).count(), bad);
        }
        listing.warnings().forEach(w -> {
            assertFalse(w.contains("\n"), "one line: " + w);
            assertFalse(w.contains("SECRET"), "no file content echoed: " + w);
        });
        assertTrue(listing.warnings().stream().anyMatch(w -> w.contains("trailing.json") && w.contains("after the end")));
        assertTrue(listing.warnings().stream().anyMatch(w -> w.contains("wrongtype.json") && w.contains("'seed'")));
        assertEquals(1, runs.list().size(), "list() gives the good runs");
        assertEquals(1, runs.listTable().rowCount());
        var e = assertThrows(IllegalArgumentException.class, () -> runs.load("trailing"));
        assertTrue(e.getMessage().contains("cannot be read"), e.getMessage());
    }

    @Test
    void filesAreSnakeCaseWithTheNonFiniteConventionAndOldCamelCaseFilesStillRead(@TempDir Path dir) throws Exception {
        var runs = RunRegistry.in(dir, FIXED);
        RunRecord r = runs.save("nf", Map.of(), 1, Map.of("nan", Double.NaN, "inf", Double.POSITIVE_INFINITY), "test");
        String text = Files.readString(dir.resolve(r.id() + ".json"));
        assertTrue(text.contains("\"created_utc\": ") && text.contains("\"library_version\": "), text);
        assertTrue(text.contains("\"nan\": null") && text.contains("\"inf\": \"Infinity\""), text);
        RunRecord back = runs.load(r.id());
        assertNull(back.results().get("nan"));
        assertEquals(Double.POSITIVE_INFINITY, back.results().get("inf"));
        Files.writeString(dir.resolve("old-20261121T092345Z.json"), "{\n  \"id\" : \"old-20261121T092345Z\",\n  \"name\" : \"old\",\n"
                + "  \"createdUtc\" : \"2026-11-21T09:23:45Z\",\n  \"seed\" : 42,\n  \"libraryVersion\" : \"0.1.0\",\n"
                + "  \"producer\" : \"13-inside-the-broker\",\n  \"parameters\" : { },\n  \"results\" : { }\n}");
        assertEquals(42, runs.load("old-20261121T092345Z").seed());
    }

    @Test
    void aNameTooLongForAFileNameIsRefusedBeforeAnythingIsWritten(@TempDir Path dir) throws Exception {
        var e = assertThrows(IllegalArgumentException.class, () -> RunRegistry.in(dir, FIXED).save("x".repeat(300), Map.of(), 1, Map.of(), "t"));
        assertTrue(e.getMessage().startsWith("name = (300 characters)"), e.getMessage());
        try (var s = Files.list(dir)) {
            assertEquals(0, s.count());
        }
    }

    @Test
    void namesAndFoldersCanBeCheckedBeforeAnyWork(@TempDir Path dir) throws Exception {
        assertEquals("mm4-rho09", RunRegistry.checkName("mm4-rho09"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunRegistry.checkName("../x")).getMessage().startsWith("name = "));
        Path file = Files.writeString(dir.resolve("afile"), "x");
        var e = assertThrows(IllegalArgumentException.class, () -> RunRegistry.in(file).checkWritable());
        assertTrue(e.getMessage().startsWith("runs directory = ") && e.getMessage().contains("a file, not a folder"), e.getMessage());
        var under = assertThrows(IllegalArgumentException.class, () -> RunRegistry.in(file.resolve("runs")).checkWritable());
        assertTrue(under.getMessage().contains("is not a writable folder"), under.getMessage());
        RunRegistry fresh = RunRegistry.in(dir.resolve("new/runs")).checkWritable();
        assertFalse(Files.exists(fresh.directory()), "checking creates nothing");
    }

    @Test
    void comparingARunWithItselfIsRefusedNamingTheRule(@TempDir Path dir) {
        RunRegistry runs = RunRegistry.in(dir);
        String id = runs.save("a", Map.of("servers", 4), 1, Map.of("mean_wait", 1.0), "test").id();
        var e = assertThrows(IllegalArgumentException.class, () -> runs.compare(id, id));
        assertTrue(e.getMessage().startsWith("run ids = \"" + id + "\" twice is invalid: a comparison needs two different runs"),
                e.getMessage());
    }

    @Test
    void aListingGivesItsTableWithoutPrinting(@TempDir Path dir) throws Exception {
        RunRegistry runs = RunRegistry.in(dir);
        String id = runs.save("a", Map.of(), 1, Map.of(), "test").id();
        Files.writeString(dir.resolve("broken.json"), "{");
        RunRegistry.Listing listing = runs.scan();
        assertEquals(List.of(id), listing.table().stringColumn("id").asList());
        assertEquals(1, listing.warnings().size());
        assertTrue(listing.warnings().get(0).contains("the text ends early (truncated)"), listing.warnings().get(0));
    }
}
