package brokerlab.experiment;

import brokerlab.util.Check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The registry of {@link ModelKind}s a sweep description may name: {@code station} (a {@code QueueSpec}) and
 * {@code network} (a network model file) are registered here; a new family registers its kind once, before
 * sweep files that name it are read:
 * <pre>{@code
 * ModelKinds.register(new MyBrokerKind());
 * SweepSpec.read(Path.of("broker-sweep.json"));     // "model": {"kind": "my_broker", "spec": {...}}
 * }</pre>
 * On a cluster the executors read the description too, so a custom kind must be registered in every JVM (from
 * a static initialiser of a class the job loads); the two built-in kinds always are.
 */
public final class ModelKinds {
    private static final Map<String, ModelKind> KINDS = new ConcurrentHashMap<>();

    static {
        register(new brokerlab.model.StationKind());
        register(new brokerlab.model.NetworkKind());
    }

    private ModelKinds() {}

    /** Adds (or replaces) a kind under its {@link ModelKind#name()}. */
    public static void register(ModelKind kind) {
        Check.notNull("kind", kind);
        KINDS.put(Check.notNull("kind name", kind.name()), kind);
    }

    /** The kind with this name; an unknown name lists the known ones. */
    public static ModelKind get(String name) {
        ModelKind k = KINDS.get(Check.notNull("model kind", name));
        if (k == null) {
            throw Check.fail("model kind", "'" + name + "'", "no such kind is registered", "use one of " + names());
        }
        return k;
    }

    /** The registered names, sorted. */
    public static List<String> names() {
        return KINDS.keySet().stream().sorted().toList();
    }
}
