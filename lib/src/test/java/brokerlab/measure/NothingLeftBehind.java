package brokerlab.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

/** The clean-up contract every broker test ends with: no broker registered, no valkey-server child, no port open. */
final class NothingLeftBehind {
    private NothingLeftBehind() {}

    /** valkey-server processes started by this JVM (directly or below a child) that are still running. */
    static List<ProcessHandle> valkeyChildren() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("valkey-server") || c.endsWith("redis-server")).orElse(false))
                .toList();
    }

    static void check(int... ports) {
        assertEquals(List.of(), ShutdownGuard.open(), "every broker started must be closed");
        assertEquals(List.of(), valkeyChildren().stream().map(ProcessHandle::pid).toList(), "no valkey-server child may remain");
        for (int port : ports) assertFalse(LoopbackPort.isOpen(port), "port " + port + " must be closed");
    }
}
