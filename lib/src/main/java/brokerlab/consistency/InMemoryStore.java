package brokerlab.consistency;

import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A register store in memory, correct or deliberately broken, that produces client histories for testing the
 * checker. Each of {@code processes} clients runs operations one after another (think time Exp(1), duration
 * Exp(1), in arbitrary time units) on {@code keys} keys; a correct store gives each operation one effect instant
 * chosen uniformly inside its interval and applies the effects in that order, so its histories are linearizable by
 * construction. A timed-out operation ({@code info}) takes effect with probability 1/2 at a random time after its
 * invoke, possibly after the client gave up. Writes write unique values; a cas expects a value written earlier
 * to its key and fails when the register holds another.
 *
 * <p>The bugs, each applied to a fraction {@code bugRate} of the operations it concerns: {@link Bug#STALE_READ}
 * returns the value before the latest write; {@link Bug#LOST_WRITE} acknowledges a write without applying it;
 * {@link Bug#BLIND_CAS} lets a cas succeed although the register held another value.
 */
public final class InMemoryStore {
    /** What is wrong with the store. */
    public enum Bug { NONE, STALE_READ, LOST_WRITE, BLIND_CAS }

    /** The client workload: fractions of reads and of cas (the rest are writes), and of operations that time out. */
    public record Workload(int processes, int operations, int keys, double readFraction, double casFraction,
                           double timeoutFraction, double bugRate) {
        public Workload {
            Check.atLeast("processes", processes, 1);
            Check.atLeast("operations", operations, 0);
            Check.atLeast("keys", keys, 1);
            Check.probability("readFraction", readFraction);
            Check.probability("casFraction", casFraction);
            if (readFraction + casFraction > 1)
                throw Check.fail("casFraction", casFraction, "readFraction + casFraction must be <= 1", "lower one of them");
            Check.probability("timeoutFraction", timeoutFraction);
            Check.probability("bugRate", bugRate);
        }

        /** {@code processes} clients, {@code operations} operations on one key: half reads, 10% cas, 2% timeouts, bugs at 20%. */
        public static Workload register(int processes, int operations) {
            return new Workload(processes, operations, 1, 0.5, 0.1, 0.02, 0.2);
        }

        public Workload keys(int k) {
            return new Workload(processes, operations, k, readFraction, casFraction, timeoutFraction, bugRate);
        }
    }

    private record Op(int process, OpKind kind, String key, long expected, long value, double invoke, double done,
                      double effect, boolean timedOut, int slot) { }

    private InMemoryStore() {}

    /** A history of {@code workload} on a store with {@code bug}; same seed, same history. */
    public static History run(Bug bug, Workload workload, long seed) {
        Check.notNull("bug", bug);
        Check.notNull("workload", workload);
        RandomStream rng = RandomStream.of(seed, RandomStream.MISC);
        List<Op> ops = new ArrayList<>();
        double[] clock = new double[workload.processes()];
        Map<String, List<Long>> written = new HashMap<>();
        long nextValue = 1;
        for (int i = 0; i < workload.operations(); i++) {
            int p = rng.nextInt(workload.processes());
            double invoke = clock[p] + rng.nextExponential();
            double done = invoke + rng.nextExponential();
            clock[p] = done;
            String key = "k" + rng.nextInt(workload.keys());
            double u = rng.nextDouble();
            OpKind kind = u < workload.readFraction() ? OpKind.READ : u < workload.readFraction() + workload.casFraction() ? OpKind.CAS : OpKind.WRITE;
            List<Long> w = written.computeIfAbsent(key, k -> new ArrayList<>());
            if (kind == OpKind.CAS && w.isEmpty()) kind = OpKind.WRITE;
            long expected = kind == OpKind.CAS ? w.get(w.size() - 1 - rng.nextInt(Math.min(3, w.size()))) : 0;
            long value = kind == OpKind.READ ? 0 : nextValue++;
            if (kind != OpKind.READ) w.add(value);
            boolean timedOut = rng.nextBoolean(workload.timeoutFraction());
            double effect = !timedOut ? invoke + rng.nextDouble() * (done - invoke)
                    : rng.nextBoolean(0.5) ? invoke + 3 * rng.nextExponential() : Double.POSITIVE_INFINITY;
            ops.add(new Op(p, kind, key, expected, value, invoke, done, effect, timedOut, ops.size()));
        }
        long[] result = apply(bug, workload.bugRate(), ops, rng);
        return record(ops, result);
    }

    /** Applies effects in time order; result[slot] = value read (0 = nothing), or 1/0 for cas success/failure. */
    private static long[] apply(Bug bug, double rate, List<Op> ops, RandomStream rng) {
        Op[] byEffect = ops.toArray(new Op[0]);
        Arrays.sort(byEffect, Comparator.comparingDouble(Op::effect));
        Map<String, long[]> reg = new HashMap<>();   // {current, previous}
        long[] result = new long[ops.size()];
        for (Op o : byEffect) {
            if (o.effect() == Double.POSITIVE_INFINITY) break;
            long[] r = reg.computeIfAbsent(o.key(), k -> new long[2]);
            boolean buggy = rng.nextBoolean(rate);
            switch (o.kind()) {
                case READ -> result[o.slot()] = bug == Bug.STALE_READ && buggy ? r[1] : r[0];
                case WRITE -> {
                    if (!(bug == Bug.LOST_WRITE && buggy)) { r[1] = r[0]; r[0] = o.value(); }
                }
                case CAS -> {
                    boolean success = r[0] == o.expected() || (bug == Bug.BLIND_CAS && buggy);
                    if (success) { r[1] = r[0]; r[0] = o.value(); }
                    result[o.slot()] = success ? 1 : 0;
                }
            }
        }
        return result;
    }

    /** Emits invokes and completions in time order. */
    private static History record(List<Op> ops, long[] result) {
        record Ev(double time, boolean invoke, Op op) { }
        List<Ev> evs = new ArrayList<>();
        for (Op o : ops) {
            evs.add(new Ev(o.invoke(), true, o));
            evs.add(new Ev(o.done(), false, o));
        }
        evs.sort(Comparator.comparingDouble(Ev::time).thenComparing(e -> e.invoke() ? 0 : 1));
        HistoryRecorder rec = new HistoryRecorder();
        for (Ev e : evs) {
            Op o = e.op();
            if (e.invoke()) {
                rec.invoke(e.time(), o.process(), o.kind(), o.key(), o.expected(), o.value());
            } else if (o.timedOut()) {
                rec.info(e.time(), o.process());
            } else if (o.kind() == OpKind.READ) {
                if (result[o.slot()] == 0) rec.okEmpty(e.time(), o.process()); else rec.ok(e.time(), o.process(), result[o.slot()]);
            } else if (o.kind() == OpKind.CAS && result[o.slot()] == 0) {
                rec.fail(e.time(), o.process());
            } else {
                rec.ok(e.time(), o.process(), o.value());
            }
        }
        return rec.history();
    }
}
