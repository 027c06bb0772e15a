package brokerlab.measure.scaling;

import brokerlab.measure.LoopbackPort;
import brokerlab.measure.ShutdownGuard;
import brokerlab.measure.ValkeyServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalingStudyTest {
    private static ValkeyServer valkey;

    @BeforeAll static void startValkey() { valkey = ValkeyServer.start(); }

    @AfterAll static void stopValkey() {
        valkey.close();
        assertEquals(List.of(), ShutdownGuard.open(), "every broker started must be closed");
    }

    /** A base port with {@code k} free ports after it, so the test knows every node's port. */
    static int freeBase(int k) {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = LoopbackPort.free();
            if (base + k > 65_535) continue;
            boolean free = true;
            for (int i = 0; i < k; i++) free &= !LoopbackPort.isOpen(base + i);
            if (free) return base;
        }
        throw new IllegalStateException("no run of " + k + " free ports");
    }

    /** No node port open and no node worker thread alive: the harness stopped everything it started. */
    static void nothingLeft(int base, int k) {
        for (int i = 0; i < k; i++) assertFalse(LoopbackPort.isOpen(base + i), "port " + (base + i) + " must be closed");
        long deadline = System.nanoTime() + 3_000_000_000L;
        while (System.nanoTime() < deadline && nodeThreads() > 0) Thread.onSpinWait();
        assertEquals(0, nodeThreads(), "no node worker thread may remain");
    }

    private static long nodeThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && (t.getName().startsWith("brokerlab-rest-") || t.getName().startsWith("brokerlab-grpc-"))
                        && !t.getName().startsWith("brokerlab-rest-client"))
                .count();
    }

    @Test
    void bothProtocolsAtOneAndThreeNodesMatchExactMvaWithTheMeasuredDemandsWithin20Percent() {
        int base = freeBase(3);
        // N = 4 users thinking 20 ms: offered at most 200 requests/s, below a third of the shared cores even on this
        // machine shared with other jobs (load average above 10 while this was written), so X = N / (Z + R) and MVA
        // must reproduce R from the measured demands well enough to land within 20%
        ScalingResult r = ScalingStudy.plan().nodes(1, 3).users(4).thinkMs(20).windowMs(1000).warmupMs(800)
                .replications(3).basePort(base).run(valkey);
        System.out.println(r);
        assertFalse(r.partial(), () -> "run failed: " + r.failure());
        assertEquals(4, r.points().size());
        for (ScalingPoint p : r.points()) {
            double x = p.throughput().estimate(), error = r.relativeError(p);
            double fair = r.model(p.protocol(), p.nodes()).throughput(p.users()), shadow = r.shadowModel(p).throughput(p.users());
            // within 20% of MVA; or, when other jobs held the cores (b = machine_busy - the requests' own share), within
            // 20% of the bracket between MVA and its shadow-CPU twin, which stretches D_cpu by 1 / (1 - b): at load 2-4
            // b is small and the bracket is the 20% band itself, at load 10+ it widens by the others' measured share
            boolean inBand = Math.abs(error) <= 0.20, inBracket = x >= 0.8 * shadow && x <= 1.2 * fair;
            System.out.printf("%s k=%d: X %.0f, MVA %.0f (%+.0f%%), shadow %.0f, load %.1f, machine busy %.2f: %s%n", p.protocol(),
                    p.nodes(), x, fair, 100 * error, shadow, p.loadAverage(), p.machineBusy(), inBand ? "within 20%" : inBracket ? "in bracket" : "OUT");
            assertTrue(inBand || inBracket, () -> p.protocol() + " k=" + p.nodes() + ": measured " + p.throughput()
                    + " vs MVA " + fair + " (" + error + "), shadow-CPU MVA " + shadow);
            assertTrue(p.cpuDemand() > 0 && p.valkeyCpu() > 0, () -> "demands must be measured: " + p);
            assertTrue(p.valkeyCpu() < p.cpuDemand(), "Valkey's CPU is part of all CPU");
            assertTrue(p.jitCpu() >= 0, "the compiler's CPU is measured apart");
        }
        nothingLeft(base, 3);
    }

    @Test
    void nodeProcessesAtThreeNodesMatchMvaAndADyingChildEndsTheRunWithNothingLeft() {
        int base = freeBase(3);
        ScalingResult r = ScalingStudy.plan().nodes(3).users(4).thinkMs(20).windowMs(1000).warmupMs(800).replications(2)
                .basePort(base).processes(true).run(valkey);
        System.out.println(r);
        assertFalse(r.partial(), () -> "run failed: " + r.failure());
        for (ScalingPoint p : r.points()) {
            double x = p.throughput().estimate(), fair = r.model(p.protocol(), p.nodes()).throughput(p.users());
            double shadow = r.shadowModel(p).throughput(p.users());
            assertTrue(Math.abs(r.relativeError(p)) <= 0.20 || (x >= 0.8 * shadow && x <= 1.2 * fair),
                    () -> p.protocol() + " node processes: measured " + p.throughput() + " vs MVA " + fair + ", shadow " + shadow);
            assertTrue(p.nodeCpu() > 0, "the children's CPU is counted: " + p);
        }
        nothingLeft(base, 3);
        assertEquals(0, ClusterTest.nodeProcesses(), "every child stopped");

        ScalingResult dying = ScalingStudy.plan().protocols(Protocol.GRPC).nodes(3).users(4).windowMs(3000).warmupMs(300)
                .replications(2).killAtMs(400).basePort(base).processes(true).run(valkey);
        assertTrue(dying.failure().contains("died") && dying.failure().contains(String.valueOf(base + 2)), dying.failure());
        assertTrue(dying.points().get(0).partial());
        nothingLeft(base, 3);
        assertEquals(0, ClusterTest.nodeProcesses(), "every child stopped after the failure");
    }

    @Test
    void aPortInUseStopsTheRunWithOneLineAndLeavesNoNode() throws IOException {
        int base = freeBase(3);
        try (ServerSocket squatter = new ServerSocket(base + 1, 1, InetAddress.getByName(LoopbackPort.HOST))) {
            ScalingResult r = ScalingStudy.plan().protocols(Protocol.GRPC).nodes(3).users(2).basePort(base).run(valkey);
            assertTrue(r.partial());
            assertNotNull(r.failure());
            assertTrue(r.failure().contains("node 2 of 3") && r.failure().contains(String.valueOf(base + 1)), r.failure());
            assertFalse(r.failure().contains("\n"), "one line");
            assertEquals(List.of(), r.points());
            assertFalse(LoopbackPort.isOpen(base), "node 1, started before the failure, must be stopped");
        }
        nothingLeft(base, 3);
    }

    @Test
    void aNodeDyingMidRunEndsTheRunKeepsThePointAndMarksItPartial() {
        int base = freeBase(3);
        ScalingResult r = ScalingStudy.plan().protocols(Protocol.REST).nodes(3).users(4).windowMs(3000).warmupMs(300)
                .replications(2).killAtMs(400).basePort(base).run(valkey);
        assertTrue(r.partial());
        assertTrue(r.failure().contains("died") && r.failure().contains(String.valueOf(base + 2)), r.failure());
        assertEquals(1, r.points().size());
        ScalingPoint p = r.points().get(0);
        assertTrue(p.partial());
        assertTrue(p.throughput().estimate() > 0, "the requests answered before the crash are kept");
        assertTrue(r.toString().startsWith("PARTIAL: "), r.toString());
        nothingLeft(base, 3);
    }

    @Test
    void anUnreachableValkeyIsOneLineAndStartsNoNode() {
        int base = freeBase(1);
        try (ValkeyServer dead = ValkeyServer.start()) {
            dead.kill();
            ScalingResult r = ScalingStudy.plan().nodes(1).users(1).basePort(base).run(dead);
            assertTrue(r.failure().contains("does not answer PING") && r.failure().contains(dead.endpoint().url()), r.failure());
            assertEquals(List.of(), r.points());
        }
        nothingLeft(base, 1);
    }

    @Test
    void badPlansNameTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScalingStudy.plan().users(new int[0]))
                .getMessage().contains("users"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScalingStudy.plan().nodes(0))
                .getMessage().contains("nodes"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScalingStudy.plan().thinkMs(0))
                .getMessage().contains("thinkMs"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScalingStudy.plan().windowMs(120_000))
                .getMessage().contains("windowMs"));
    }
}
