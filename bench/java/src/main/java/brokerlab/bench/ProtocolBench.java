package brokerlab.bench;

import brokerlab.experiment.Measurements;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.ProtocolSettings;
import brokerlab.protocol.net.Topology;
import brokerlab.protocol.raft.Raft;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * Messages simulated per CPU-second: Raft on five nodes ({@code brokerlab.protocol.raft.Raft}, three availability
 * zones, a Poisson client) against {@link RaftMessageLoop}, the same message passing on a bare event loop.
 * Each call simulates {@code seconds} of traffic on a fresh replication; calls of the two alternate (so a shared
 * machine's load falls on both alike), the first {@value #WARMUP_CALLS} of each are warm-up (JIT), and the figure
 * is total messages over total CPU time of this thread across the timed calls. Raft's message count is its
 * measured window's (messages per operation times committed operations; the run starts measuring once a leader
 * is elected and stops at the last arrival, so the cold start and the drain add CPU time but no messages: a
 * slight understatement of its rate, under 1% at 60 s); its CPU time includes everything the run does.
 *
 * <p>Usage: {@code java -cp ... brokerlab.bench.ProtocolBench [seconds per call, default 60] [timed calls, default 30]
 * [client operations per second, default 500]}; prints one JSON line.
 */
public final class ProtocolBench {
    static final int WARMUP_CALLS = 8;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    private ProtocolBench() {}

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 30;     // 5 was under 0.5 CPU-s of Raft: too noisy
        double rate = args.length > 2 ? Double.parseDouble(args[2]) : 500;
        Topology topology = Topology.THREE_ZONES;
        Raft raft = new Raft(ProtocolSettings.of(topology, RaftMessageLoop.NODES, Raft.defaultTimeouts(topology)).clientRate(rate));

        double raftMessages = 0, raftCpu = 0, loopMessages = 0, loopCpu = 0, raftResponse = 0, loopResponse = 0;
        double[] raftRates = new double[calls], loopRates = new double[calls];
        for (int call = 0; call < WARMUP_CALLS + calls; call++) {
            long t = CPU.getCurrentThreadCpuTime();
            Measurements m = raft.run(RunLength.time(0, seconds * 1000), Harness.SEED, call).measurements();
            double cpu = (CPU.getCurrentThreadCpuTime() - t) / 1e9;
            double messages = m.get(ProtocolRun.MESSAGES_PER_OP) * m.get(ProtocolRun.COMMITTED_OPS);

            t = CPU.getCurrentThreadCpuTime();
            RaftMessageLoop loop = new RaftMessageLoop(topology, rate, seconds, Harness.SEED, call);
            long sent = loop.run();
            double loopSeconds = (CPU.getCurrentThreadCpuTime() - t) / 1e9;
            if (call < WARMUP_CALLS) continue;
            int i = call - WARMUP_CALLS;
            raftRates[i] = messages / cpu;
            loopRates[i] = sent / loopSeconds;
            raftMessages += messages;
            raftCpu += cpu;
            loopMessages += sent;
            loopCpu += loopSeconds;
            raftResponse += m.get(ProtocolRun.MEAN_RESPONSE) / calls;
            loopResponse += loop.meanResponse() / calls;
        }
        System.out.println(String.format(Locale.ROOT,
                "{\"key\":\"protocol\",\"topology\":\"%s\",\"nodes\":%d,\"ops_per_s\":%.0f,\"seconds_per_call\":%.0f,"
                        + "\"calls\":%d,\"raft_messages\":%.0f,\"raft_cpu_s\":%.4f,\"raft_rate\":%.1f,\"raft_rates\":%s,"
                        + "\"loop_messages\":%.0f,\"loop_cpu_s\":%.4f,\"loop_rate\":%.1f,\"loop_rates\":%s,"
                        + "\"raft_mean_response_ms\":%.4f,\"loop_mean_response_ms\":%.4f}",
                topology, RaftMessageLoop.NODES, rate, seconds, calls, raftMessages, raftCpu, raftMessages / raftCpu,
                json(raftRates), loopMessages, loopCpu, loopMessages / loopCpu, json(loopRates), raftResponse, loopResponse));
    }

    private static String json(double[] xs) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < xs.length; i++) b.append(i > 0 ? "," : "").append(String.format(Locale.ROOT, "%.0f", xs[i]));
        return b.append(']').toString();
    }
}
