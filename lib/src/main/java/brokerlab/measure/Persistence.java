package brokerlab.measure;

/**
 * What a {@link ValkeyServer} writes to disk, and so what survives when it crashes and restarts.
 * <ul>
 *   <li>{@link #OFF}: nothing (no RDB snapshots, no append-only file). A restart starts empty: every queued task
 *       is lost. The default for measurements, so that disk never enters the service time.</li>
 *   <li>{@link #AOF_EVERYSEC}: an append-only file, fsynced once a second ({@code appendfsync everysec}, Valkey's
 *       recommended setting). A restart replays it; at most about the last second of writes is lost.</li>
 * </ul>
 */
public enum Persistence {
    OFF, AOF_EVERYSEC;

    /** The server options that select this mode. */
    java.util.List<String> serverArguments() {
        return switch (this) {
            case OFF -> java.util.List.of("--save", "", "--appendonly", "no");
            case AOF_EVERYSEC -> java.util.List.of("--save", "", "--appendonly", "yes", "--appendfsync", "everysec");
        };
    }
}
