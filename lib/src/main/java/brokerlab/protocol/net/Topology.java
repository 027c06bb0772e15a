package brokerlab.protocol.net;

import brokerlab.util.Check;

import java.util.List;

/**
 * Where the nodes sit and how long a message takes between them. Nodes are placed round robin over the zones
 * (node i in zone {@code i mod zones}); the client sits in zone 0. Each ordered pair of zones has a
 * one-way {@link LinkDelay} in milliseconds.
 *
 * <p>The presets are assumptions, chosen to match commonly published public-cloud figures, not measurements of
 * ours:
 * <ul>
 *   <li>{@link #SINGLE_NODE}: loopback on one machine, 0.01 ms + exp(0.005 ms) one way.</li>
 *   <li>{@link #ONE_DATACENTRE}: 0.10 ms + exp(0.05 ms), mean 0.15 ms one way (RTT 0.3 ms), within the
 *       0.1-0.25 ms one-way range of the "round trip within the same datacenter: 0.5 ms" folklore table
 *       (Dean, "Numbers everyone should know", 2009) and of same-zone pings reported for AWS/GCP VMs.</li>
 *   <li>{@link #THREE_ZONES}: same-zone as above; between zones 0.5-0.9 ms + exp(0.15 ms), i.e. 0.65-1.05 ms one
 *       way (RTT about 1.3-2.1 ms): cloud providers promise "single-digit millisecond" inter-AZ latency
 *       and public inter-AZ ping tables typically show 0.5-2 ms RTT.</li>
 *   <li>{@link #THREE_REGIONS}: Virginia, Oregon, Ireland; one way 32, 34 and 61 ms + exp(1 ms), i.e. mean 33,
 *       35 and 62 ms, about half the inter-region RTTs (~66, ~70, ~124 ms) shown by public cloud ping tables
 *       (e.g. cloudping.co for us-east-1, us-west-2, eu-west-1). Within a region: the datacentre figure.</li>
 * </ul>
 */
public record Topology(String name, List<String> zoneNames, LinkDelay[][] delays) {

    private static final LinkDelay LOOPBACK = LinkDelay.shiftedExponential(0.01, 0.005);
    private static final LinkDelay DATACENTRE = LinkDelay.shiftedExponential(0.10, 0.05);

    public static final Topology SINGLE_NODE = new Topology("single node", List.of("host"),
            new LinkDelay[][]{{LOOPBACK}});

    public static final Topology ONE_DATACENTRE = new Topology("one datacentre", List.of("dc"),
            new LinkDelay[][]{{DATACENTRE}});

    public static final Topology THREE_ZONES = symmetric("three availability zones", List.of("az-a", "az-b", "az-c"),
            DATACENTRE, new double[][]{{0, 0.5, 0.9}, {0.5, 0, 0.6}, {0.9, 0.6, 0}}, 0.15);

    public static final Topology THREE_REGIONS = symmetric("three regions", List.of("virginia", "oregon", "ireland"),
            DATACENTRE, new double[][]{{0, 32, 34}, {32, 0, 61}, {34, 61, 0}}, 1.0);

    public Topology {
        Check.notNull("name", name);
        zoneNames = List.copyOf(zoneNames);
        Check.atLeast("zones", zoneNames.size(), 1);
        if (delays.length != zoneNames.size())
            throw Check.fail("delays", delays.length + " rows", "it must have one row per zone (" + zoneNames.size() + ")", null);
        LinkDelay[][] copy = new LinkDelay[delays.length][];
        for (int i = 0; i < delays.length; i++) {
            if (delays[i].length != zoneNames.size())
                throw Check.fail("delays[" + i + "]", delays[i].length + " columns", "it must have one column per zone", null);
            copy[i] = delays[i].clone();
            for (LinkDelay d : copy[i]) Check.notNull("delays entry", d);
        }
        delays = copy;
    }

    /** Zones with {@code local} inside a zone and {@code base[i][j] + exp(jitter)} between zones i != j. */
    public static Topology symmetric(String name, List<String> zones, LinkDelay local, double[][] base, double jitter) {
        int z = zones.size();
        LinkDelay[][] d = new LinkDelay[z][z];
        for (int i = 0; i < z; i++)
            for (int j = 0; j < z; j++)
                d[i][j] = i == j ? local : LinkDelay.shiftedExponential(base[i][j], jitter);
        return new Topology(name, zones, d);
    }

    /** One zone whose links all have the given delay: handy for theory checks. */
    public static Topology uniform(String name, LinkDelay delay) {
        return new Topology(name, List.of("zone"), new LinkDelay[][]{{delay}});
    }

    /** A copy of the zone-to-zone delay matrix (records expose their arrays; this keeps the preset immutable). */
    @Override public LinkDelay[][] delays() {
        LinkDelay[][] copy = new LinkDelay[delays.length][];
        for (int i = 0; i < delays.length; i++) copy[i] = delays[i].clone();
        return copy;
    }

    public int zones() { return zoneNames.size(); }

    /** Twice the largest mean one-way delay between zones: the round trip timeouts are scaled to. */
    public double maxRoundTrip() {
        double m = 0;
        for (LinkDelay[] row : delays) for (LinkDelay d : row) m = Math.max(m, d.mean());
        return 2 * m;
    }

    /** Zone of node {@code node}; the client (endpoint id = node count) is in zone 0. */
    public int zoneOf(int node, int nodes) {
        return node >= nodes ? 0 : node % zones();
    }

    /** One-way delay from endpoint {@code from} to {@code to} in a cluster of {@code nodes} nodes. */
    public LinkDelay delay(int from, int to, int nodes) {
        return delays[zoneOf(from, nodes)][zoneOf(to, nodes)];
    }

    @Override public String toString() { return name; }
}
