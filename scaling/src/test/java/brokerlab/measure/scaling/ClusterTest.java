package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.ValkeyServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClusterTest {
    @ParameterizedTest
    @EnumSource(Protocol.class)
    void bothProtocolsServeTheSameJukeboxAcrossTheirNodes(Protocol protocol) {
        try (ValkeyServer valkey = ValkeyServer.start();
             Cluster cluster = Cluster.start(protocol, 2, valkey.endpoint(), 0, 2, "contract");
             JukeboxClient client = cluster.connect()) {
            long a = client.enqueue("Blue in Green");   // node 1
            long b = client.enqueue("So What");         // node 2: the same Valkey, so the ids continue
            assertEquals(a + 1, b);
            assertEquals(1, client.vote(b));
            assertEquals(2, client.vote(b));
            List<Track> best = client.list(10);
            assertEquals(List.of(new Track(b, "So What", 2), new Track(a, "Blue in Green", 0)), best);
            assertTrue(cluster.valkeyNanos() > 0, "each node times its Valkey calls");
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void aKilledNodeFailsItsRequestsWithItsPortAndReleasesIt(Protocol protocol) {
        try (ValkeyServer valkey = ValkeyServer.start();
             Cluster cluster = Cluster.start(protocol, 2, valkey.endpoint(), 0, 2, "kill");
             JukeboxClient client = cluster.connect()) {
            cluster.nodes().get(1).kill();
            client.list(1);   // node 1 still answers
            var e = assertThrows(JukeboxClient.RequestFailed.class, () -> client.list(1));
            assertEquals(cluster.nodes().get(1).port(), e.port());
            assertTrue(cluster.firstDead().isPresent());
        }
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void tenNodesServeRoundRobinAndAllCloseTheirPorts(Protocol protocol) {
        Cluster cluster;
        try (ValkeyServer valkey = ValkeyServer.start()) {
            cluster = Cluster.start(protocol, 10, valkey.endpoint(), 0, 1, "ten");
            try (JukeboxClient client = cluster.connect()) {
                assertEquals(10, cluster.ports().stream().distinct().count());
                long first = client.enqueue("t0");
                // one enqueue through each node in turn: ten consecutive ids from the one shared counter
                for (int i = 1; i < 10; i++) assertEquals(first + i, client.enqueue("t" + i));
                assertEquals(10, client.list(20).size());
                for (AppNode n : cluster.nodes()) assertTrue(n.valkeyNanos() > 0, "every node served a request: " + n.port());
            }
            cluster.close();
        }
        assertTrue(cluster.allPortsClosed());
    }

    /**
     * Node processes (child JVMs running NodeMain) of this JVM that are still alive, found from /proc/PID/cmdline
     * (ProcessHandle.Info gives no command line for one as long as a test class path).
     */
    static long nodeProcesses() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive).filter(h -> {
            try {
                return new String(Files.readAllBytes(Path.of("/proc", Long.toString(h.pid()), "cmdline")), StandardCharsets.UTF_8)
                        .contains(NodeMain.class.getName());
            } catch (IOException e) {
                return false;   // it ended while we looked
            }
        }).count();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void nodesAsChildProcessesServeReportTheirOwnCpuAndAreAllGoneAfterClose(Protocol protocol) {
        Cluster cluster;
        List<Long> pids;
        try (ValkeyServer valkey = ValkeyServer.start()) {
            cluster = Cluster.start(protocol, 2, valkey.endpoint(), 0, 2, "children", true);
            pids = cluster.nodes().stream().map(n -> ((ProcessNode) n).pid()).toList();
            assertTrue(cluster.processes());
            assertEquals(2, nodeProcesses());
            assertTrue(pids.stream().noneMatch(pid -> pid == ProcessHandle.current().pid()), "separate processes");
            try (JukeboxClient client = cluster.connect()) {
                long a = client.enqueue("Blue in Green");   // child 1
                long b = client.enqueue("So What");         // child 2, the same Valkey
                assertEquals(a + 1, b);
                for (int i = 0; i < 40; i++) client.list(10);
            }
            for (AppNode n : cluster.nodes()) {
                assertTrue(n.processCpuNanos() > 0, "each child reports its own CPU: " + n);
                assertTrue(n.valkeyNanos() > 0, "each child served requests: " + n);
                assertTrue(n.compilerCpuNanos() <= n.processCpuNanos(), "the compiler is part of the process");
            }
            cluster.close();
        }
        assertTrue(cluster.allPortsClosed());
        for (long pid : pids) assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "child " + pid + " must be gone");
        assertEquals(0, nodeProcesses());
    }

    @Test
    void aChildThatCannotBindStopsEveryChildStartedBeforeIt() throws IOException {
        int base = ScalingStudyTest.freeBase(2);
        try (ValkeyServer valkey = ValkeyServer.start();
             ServerSocket squatter = new ServerSocket(base + 1, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            var e = assertThrows(IllegalStateException.class,
                    () -> Cluster.start(Protocol.GRPC, 2, valkey.endpoint(), base, 1, "squat", true));
            assertTrue(e.getMessage().contains("node 2 of 2") && e.getMessage().contains(String.valueOf(base + 1)), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }
        assertFalse(LoopbackPort.isOpen(base), "child 1 must be stopped");
        assertEquals(0, nodeProcesses());
    }

    @Test
    void closingStopsEveryNodePort() {
        Cluster cluster;
        try (ValkeyServer valkey = ValkeyServer.start()) {
            cluster = Cluster.start(Protocol.REST, 3, valkey.endpoint(), 0, 1, "close");
            cluster.close();
        }
        assertTrue(cluster.allPortsClosed());
    }
}
