package brokerlab.cli;

import brokerlab.protocol.net.FaultPlan;
import brokerlab.util.Check;

import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code --faults} text into a {@link FaultPlan}, checking every part before the plan is built, so each
 * mistake is refused naming {@code --faults}, the part, the rule and a form that works (never a library message):
 * {@code crash-leader@T/D} (the leader crashes at T ms for D ms), {@code crash:N@T} (node N stops at T),
 * {@code recover:N@T/D} (node N down from T for D), {@code partition@S-E/0,1} (nodes 0 and 1 cut off from S to E
 * ms), {@code byzantine:N[,M]} (PBFT only), separated by ';'; {@code none} or empty for no fault.
 */
final class FaultSpec {
    private FaultSpec() {}

    static final String FORMS = "crash-leader@T/D, crash:N@T, recover:N@T/D, partition@S-E/N,M or byzantine:N "
            + "(times in ms), separated by ';', e.g. --faults 'crash-leader@1000/500;partition@2000-3000/0'";

    private static final String NUMBER = "([^@/;,:-]+)";
    private static final Pattern CRASH_LEADER = Pattern.compile("crash-leader@" + NUMBER + "/" + NUMBER);
    private static final Pattern CRASH = Pattern.compile("crash:" + NUMBER + "@" + NUMBER);
    private static final Pattern RECOVER = Pattern.compile("recover:" + NUMBER + "@" + NUMBER + "/" + NUMBER);
    private static final Pattern PARTITION = Pattern.compile("partition@" + NUMBER + "-" + NUMBER + "/(.*)");
    private static final Pattern BYZANTINE = Pattern.compile("byzantine:(.*)");

    /**
     * The plan of {@code spec} for a cluster whose nodes are numbered 0 to {@code highestNode}, of which at most
     * {@code maxByzantine} may be Byzantine (PBFT's f; 0 for the crash-fault protocols).
     */
    static FaultPlan parse(String spec, int highestNode, int maxByzantine) {
        FaultPlan plan = FaultPlan.none();
        for (String raw : spec.split(";", -1)) {
            String part = raw.strip().toLowerCase(Locale.ROOT);
            Matcher m;
            if (part.isEmpty() || part.equals("none")) continue;
            if ((m = CRASH_LEADER.matcher(part)).matches()) {
                plan = plan.crashLeader(time(part, m.group(1)), length(part, m.group(2)));
            } else if ((m = CRASH.matcher(part)).matches()) {
                plan = plan.crash(node(part, m.group(1), highestNode), time(part, m.group(2)));
            } else if ((m = RECOVER.matcher(part)).matches()) {
                plan = plan.crashRecover(node(part, m.group(1), highestNode), time(part, m.group(2)), length(part, m.group(3)));
            } else if ((m = PARTITION.matcher(part)).matches()) {
                double start = time(part, m.group(1)), end = time(part, m.group(2));
                if (!(end > start)) throw fail(part, "it ends (" + m.group(2) + " ms) before it starts (" + m.group(1) + " ms)");
                plan = plan.partition(start, end, nodes(part, m.group(3), highestNode));
            } else if ((m = BYZANTINE.matcher(part)).matches()) {
                if (maxByzantine == 0) {
                    throw fail(part, "Byzantine replicas are modelled only for pbft (the other protocols assume crash "
                            + "faults only; pbft tolerates f of its 3f + 1); use --protocol pbft, or a crash fault");
                }
                plan = plan.byzantine(nodes(part, m.group(1), highestNode));
                if (plan.byzantine().size() > maxByzantine) {
                    throw fail(part, plan.byzantine().size() + " Byzantine replicas, and pbft with " + (highestNode + 1)
                            + " tolerates at most f = " + maxByzantine + "; name fewer, or use more --nodes (3f + 1)");
                }
            } else {
                throw fail(part.isEmpty() ? raw : raw.strip(), "it is not a fault this command knows");
            }
        }
        return plan;
    }

    /** A moment in ms: finite and not negative. */
    private static double time(String part, String text) {
        double t = number(part, text);
        if (t < 0) throw fail(part, "time " + text + " is negative; times count ms from the start of the run");
        return t;
    }

    /** A duration in ms: finite and above 0. */
    private static double length(String part, String text) {
        double d = number(part, text);
        if (!(d > 0)) throw fail(part, "the down time " + text + " must be above 0 ms (use crash:N@T for a node that stays down)");
        return d;
    }

    private static double number(String part, String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw fail(part, "'" + text + "' is not a number of ms");
        }
        if (!Double.isFinite(v)) throw fail(part, "'" + text + "' is not a finite number of ms");
        return v;
    }

    private static int node(String part, String text, int highestNode) {
        String t = text.strip();
        if (!t.matches("\\d{1,10}") || Long.parseLong(t) > highestNode) {
            throw fail(part, "node '" + t + "' does not exist: nodes are numbered 0 to " + highestNode);
        }
        return Integer.parseInt(t);
    }

    private static int[] nodes(String part, String csv, int highestNode) {
        TreeSet<Integer> set = new TreeSet<>();
        for (String n : csv.split(",", -1)) {
            if (n.isBlank()) throw fail(part, "it lists an empty node number; list the nodes as N,M (e.g. 0,1)");
            if (!set.add(node(part, n, highestNode))) throw fail(part, "node " + n.strip() + " is listed twice");
        }
        return set.stream().mapToInt(Integer::intValue).toArray();
    }

    private static IllegalArgumentException fail(String part, String rule) {
        return Check.fail("--faults", part, rule, "write " + FORMS);
    }
}
