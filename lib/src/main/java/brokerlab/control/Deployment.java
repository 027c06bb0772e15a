package brokerlab.control;

import brokerlab.protocol.net.Topology;

import java.util.List;

/** Where the replicas live: the network topology presets of {@code brokerlab.protocol.net.Topology}. */
public enum Deployment implements Labelled {
    ONE_DATACENTRE("one datacentre", Topology.ONE_DATACENTRE),
    THREE_ZONES("three zones", Topology.THREE_ZONES),
    THREE_REGIONS("three regions", Topology.THREE_REGIONS);

    private final String label;
    private final Topology topology;

    Deployment(String label, Topology topology) {
        this.label = label;
        this.topology = topology;
    }

    @Override
    public String label() { return label; }

    public Topology topology() { return topology; }

    public static List<String> labels() {
        return Labelled.labels(values());
    }

    public static Deployment ofLabel(String label) {
        return Labelled.ofLabel(values(), label, "deployment");
    }
}
