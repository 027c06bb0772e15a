package brokerlab.consistency;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One key's operations, compiled for the search: the sequential specification of a read/write/compare-and-set
 * register on interned values (0 is JSON null, every key's initial value), and the entry list of Wing and Gong
 * ("Testing and verifying concurrent objects", 1993): each operation's call and return as entries in real-time
 * order. Operations {@code 0 .. determinate-1} completed ok and must be linearised; the rest are pending (outcome
 * unknown, or still open at {@code cut}) and may be linearised at any time after their call, or never, so their
 * returns sit at the end of the list.
 *
 * <p>Two sound reductions before the search: failed operations and pending reads are dropped (no effect, no
 * observation); and a pending write or compare-and-set whose new value no remaining operation observes (no ok read
 * returns it, no compare-and-set expects it) is dropped too, because removing it from any linearisation leaves
 * one: while the register held its value no operation needed that value. Without this, every timed-out write
 * would be tried at every point of the search.
 */
final class RegisterProblem {
    static final byte READ = 0, WRITE = 1, CAS = 2;

    final int n, determinate, entries;
    final byte[] kind;
    final int[] a, b;          // read: value; write: value; cas: expected, new
    final int[] callEntry, returnEntry, entryOp;
    final boolean[] entryIsCall;
    final Operation[] source;  // compiled op -> history operation
    final List<String> values; // interned value -> JSON text

    private RegisterProblem(List<Operation> ops, int det, Map<String, Integer> codes, List<String> values) {
        n = ops.size();
        determinate = det;
        entries = 2 * n;
        kind = new byte[n];
        a = new int[n];
        b = new int[n];
        source = ops.toArray(new Operation[0]);
        this.values = List.copyOf(values);
        for (int i = 0; i < n; i++) {
            Operation o = source[i];
            switch (o.kind()) {
                case READ -> { kind[i] = READ; a[i] = codes.get(o.value()); }
                case WRITE -> { kind[i] = WRITE; a[i] = codes.get(o.value()); }
                case CAS -> { kind[i] = CAS; a[i] = codes.get(o.expected()); b[i] = codes.get(o.value()); }
            }
        }
        long[] pos = new long[entries];
        Integer[] order = new Integer[entries];
        for (int i = 0; i < n; i++) {
            pos[2 * i] = source[i].invokeIndex();
            pos[2 * i + 1] = i < det ? source[i].completeIndex() : (long) Integer.MAX_VALUE + i;
            order[2 * i] = 2 * i;
            order[2 * i + 1] = 2 * i + 1;
        }
        Arrays.sort(order, (x, y) -> Long.compare(pos[x], pos[y]));
        callEntry = new int[n];
        returnEntry = new int[n];
        entryOp = new int[entries];
        entryIsCall = new boolean[entries];
        for (int e = 0; e < entries; e++) {
            int raw = order[e], op = raw / 2;
            entryOp[e] = op;
            entryIsCall[e] = raw % 2 == 0;
            if (entryIsCall[e]) callEntry[op] = e; else returnEntry[op] = e;
        }
    }

    /**
     * The operations of one key (any order) invoked before event {@code cut}, leaving out those in {@code excluded}
     * (history operation ids): ok operations that completed before {@code cut} are determinate, the others pending.
     */
    static RegisterProblem compile(List<Operation> keyOps, int cut, Set<Integer> excluded) {
        List<Operation> det = new ArrayList<>(), pending = new ArrayList<>();
        for (Operation o : keyOps) {
            if (o.status() == Operation.Status.FAIL || o.invokeIndex() >= cut || excluded.contains(o.id())) continue;
            boolean done = o.ok() && o.completeIndex() < cut;
            if (done) det.add(o);
            else if (o.mutates()) pending.add(o);
        }
        dropUnobserved(det, pending);
        det.sort((x, y) -> Integer.compare(x.invokeIndex(), y.invokeIndex()));
        pending.sort((x, y) -> Integer.compare(x.invokeIndex(), y.invokeIndex()));
        List<Operation> all = new ArrayList<>(det);
        all.addAll(pending);
        Map<String, Integer> codes = new HashMap<>();
        List<String> values = new ArrayList<>();
        codes.put("null", 0);
        values.add("null");
        for (Operation o : all) {
            for (String v : new String[]{o.expected(), o.value()}) {
                if (v != null && !codes.containsKey(v)) {
                    codes.put(v, values.size());
                    values.add(v);
                }
            }
        }
        return new RegisterProblem(all, det.size(), codes, values);
    }

    /** Drops pending mutations whose new value nothing observes, until none is left to drop. */
    private static void dropUnobserved(List<Operation> det, List<Operation> pending) {
        boolean changed = true;
        while (changed) {
            Set<String> observed = new HashSet<>();
            for (Operation o : det) {
                if (o.kind() == OpKind.READ) observed.add(o.value());
                if (o.kind() == OpKind.CAS) observed.add(o.expected());
            }
            for (Operation o : pending) if (o.kind() == OpKind.CAS) observed.add(o.expected());
            changed = pending.removeIf(o -> !observed.contains(o.value()));
        }
    }

    /** The register after {@code op} takes effect on {@code state}, or -1 if it cannot take effect there. */
    int step(int state, int op) {
        return switch (kind[op]) {
            case READ -> state == a[op] ? state : -1;
            case WRITE -> a[op];
            default -> state == a[op] ? b[op] : -1;
        };
    }
}
