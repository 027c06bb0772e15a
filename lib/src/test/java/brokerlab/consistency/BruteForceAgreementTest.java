package brokerlab.consistency;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The checker against the definition, computed by brute force on small random histories: a history is
 * linearizable when some subset of its pending operations, together with all its ok operations, has an order that
 * respects real time (a before b when a completed before b was invoked) and obeys the register's rules.
 */
class BruteForceAgreementTest {
    private static final String[] VALUES = {"1", "2", "3"};

    /** Random events by 3 processes: invokes of read/write/cas, completions ok (reads return a random value), fail or info. */
    private static History randomHistory(RandomStream rng, int operations) {
        var rec = new HistoryRecorder();
        boolean[] busy = new boolean[3];
        OpKind[] kind = new OpKind[3];
        int started = 0;
        double t = 0;
        while (started < operations || busy[0] || busy[1] || busy[2]) {
            int p = rng.nextInt(3);
            t += 1;
            if (!busy[p]) {
                if (started == operations) continue;
                kind[p] = OpKind.values()[rng.nextInt(3)];
                rec.invoke(t, p, kind[p], "x", 1 + rng.nextInt(3), 1 + rng.nextInt(3));
                busy[p] = true;
                started++;
            } else {
                double u = rng.nextDouble();
                if (u < 0.15) rec.info(t, p);
                else if (u < 0.25 && kind[p] == OpKind.CAS) rec.fail(t, p);
                else if (kind[p] == OpKind.READ && rng.nextBoolean(0.2)) rec.okEmpty(t, p);
                else rec.ok(t, p, 1 + rng.nextInt(3));
                busy[p] = false;
            }
        }
        return rec.history();
    }

    private static boolean bruteForce(History h) {
        List<Operation> must = new ArrayList<>(), may = new ArrayList<>();
        for (Operation o : h.operations()) {
            if (o.status() == Operation.Status.OK) must.add(o);
            else if (o.status() == Operation.Status.INFO && o.mutates()) may.add(o);
        }
        for (int mask = 0; mask < 1 << may.size(); mask++) {
            List<Operation> chosen = new ArrayList<>(must);
            for (int i = 0; i < may.size(); i++) if ((mask & 1 << i) != 0) chosen.add(may.get(i));
            if (order(chosen, new boolean[chosen.size()], 0, "null")) return true;
        }
        return false;
    }

    /** Is there an order of the unplaced operations, starting from register value {@code value}? */
    private static boolean order(List<Operation> ops, boolean[] placed, int count, String value) {
        if (count == ops.size()) return true;
        for (int i = 0; i < ops.size(); i++) {
            if (placed[i]) continue;
            Operation o = ops.get(i);
            boolean minimal = true;   // nothing unplaced completed before o was invoked
            for (int j = 0; j < ops.size(); j++)
                if (!placed[j] && j != i && ops.get(j).ok() && ops.get(j).completeIndex() < o.invokeIndex()) minimal = false;
            if (!minimal) continue;
            String next = switch (o.kind()) {
                case READ -> Objects.equals(o.value(), value) ? value : null;
                case WRITE -> o.value();
                case CAS -> Objects.equals(o.expected(), value) ? o.value() : null;
            };
            if (next == null) continue;
            placed[i] = true;
            if (order(ops, placed, count + 1, next)) return true;
            placed[i] = false;
        }
        return false;
    }

    @Test
    void agreesWithTheDefinitionOnThousandsOfSmallRandomHistories() {
        RandomStream rng = RandomStream.of(2024, RandomStream.MISC);
        int yes = 0, no = 0;
        for (int i = 0; i < 3000; i++) {
            History h = randomHistory(rng, 2 + rng.nextInt(6));
            boolean expected = bruteForce(h);
            Verdict v = LinearizabilityChecker.check(h, Budget.states(100_000));
            int n = i;
            assertEquals(expected, v.linearizable(), () -> "history " + n + ":\n" + String.join("\n", h.events().stream().map(HistoryFile::line).toList()));
            if (expected) yes++; else no++;
        }
        assertTrue(yes > 300 && no > 300, "both answers must be well represented: " + yes + " yes, " + no + " no");
    }
}
