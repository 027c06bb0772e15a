package brokerlab.model.network;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * One station of a queueing network: {@code servers} identical servers in front of a single FCFS queue
 * (the G/G/c node of Whitt's QNA, 1983), with an optional finite capacity and optional server breakdowns.
 *
 * <p>{@code capacity} bounds the number of jobs at the station, waiting plus in service (the K of M/M/c/K);
 * a job that finds the station full is rejected and leaves the network (an HTTP 503, a dropped message).
 * {@link #UNLIMITED} means an infinite buffer. {@code breakdowns} is null when servers never fail.
 *
 * @param name       unique name used in routing and results, e.g. {@code "broker"}
 * @param servers    number of servers c >= 1
 * @param service    service-time distribution of one visit
 * @param capacity   maximum jobs at the station (>= servers), or {@link #UNLIMITED}
 * @param breakdowns per-server failure/repair model, or null
 */
public record Node(String name, int servers, Distribution service, int capacity, Breakdowns breakdowns) {
    /** Capacity of a station with an infinite buffer. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public Node {
        Check.notNull("name", name);
        if (name.isBlank()) throw Check.fail("name", "'" + name + "'", "it must not be blank", "name the station, e.g. \"broker\"");
        Check.atLeast("servers of '" + name + "'", servers, 1);
        Check.notNull("service of '" + name + "'", service);
        if (capacity < servers) {
            throw Check.fail("capacity of '" + name + "'", capacity, "it must be >= servers (" + servers + ")",
                    "a station holds at least one job per server; use Node.UNLIMITED for an infinite buffer");
        }
    }

    /** A station with an infinite buffer and reliable servers. */
    public static Node of(String name, int servers, Distribution service) {
        return new Node(name, servers, service, UNLIMITED, null);
    }

    /** This station with at most {@code capacity} jobs present (waiting + in service); arrivals beyond are rejected. */
    public Node withCapacity(int capacity) {
        return new Node(name, servers, service, capacity, breakdowns);
    }

    /** This station whose servers fail and get repaired independently (preemptive-resume). */
    public Node withBreakdowns(Breakdowns breakdowns) {
        return new Node(name, servers, service, capacity, Check.notNull("breakdowns", breakdowns));
    }

    public boolean hasFiniteCapacity() {
        return capacity != UNLIMITED;
    }

    /** Long-run fraction of time a server is up: 1 without breakdowns. */
    public double availability() {
        return breakdowns == null ? 1.0 : breakdowns.availability();
    }

    /** Long-run service capacity c A / E[S] in jobs per unit time. */
    public double capacityRate() {
        return servers * availability() / service.mean();
    }
}
