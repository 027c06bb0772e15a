package brokerlab.control;

import brokerlab.model.routing.FastestFreeServer;
import brokerlab.model.routing.JoinShortestQueue;
import brokerlab.model.routing.PowerOfDChoices;
import brokerlab.model.routing.RandomSplit;
import brokerlab.model.routing.RoundRobin;
import brokerlab.model.routing.RoutingPolicy;

import java.util.List;

/** How arriving messages reach the servers: one shared queue, or a dispatcher in front of per-server queues. */
public enum Balancer implements Labelled {
    SHARED_QUEUE("shared queue (fastest free)"),
    RANDOM("random split"),
    ROUND_ROBIN("round robin"),
    JOIN_SHORTEST_QUEUE("join shortest queue"),
    POWER_OF_TWO("power of two choices");

    private final String label;

    Balancer(String label) {
        this.label = label;
    }

    @Override
    public String label() { return label; }

    /** Dispatchers that ignore the servers' state send every server the same share 1/c, slow or not. */
    public boolean blindEqualSplit() {
        return this == RANDOM || this == ROUND_ROBIN;
    }

    public RoutingPolicy policy() {
        return switch (this) {
            case SHARED_QUEUE -> new FastestFreeServer();
            case RANDOM -> RandomSplit.equal();
            case ROUND_ROBIN -> new RoundRobin();
            case JOIN_SHORTEST_QUEUE -> new JoinShortestQueue();
            case POWER_OF_TWO -> new PowerOfDChoices(2);
        };
    }

    public static List<String> labels() {
        return Labelled.labels(values());
    }

    public static Balancer ofLabel(String label) {
        return Labelled.ofLabel(values(), label, "routing");
    }
}
