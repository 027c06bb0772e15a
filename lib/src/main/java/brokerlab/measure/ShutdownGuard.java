package brokerlab.measure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The safety net behind every {@link RunningBroker}: one JVM shutdown hook that closes every broker still registered
 * when the JVM exits, so a notebook kernel that is restarted, or a CLI run stopped with Ctrl-C, leaves no
 * {@code valkey-server} child and no listening port behind. A broker registers when it starts and unregisters
 * when it is closed; try-with-resources remains the normal way to stop it, the hook only covers the
 * forgotten ones. A JVM killed with SIGKILL runs no hooks: its {@code valkey-server} child then survives, and
 * {@code pkill -f brokerlab-valkey} (every child BrokerLab starts carries that word in its command line) stops it.
 */
public final class ShutdownGuard {
    private static final Set<RunningBroker> OPEN = Collections.newSetFromMap(new IdentityHashMap<>());
    private static boolean hooked;

    private ShutdownGuard() {}

    /** Closes {@code broker} at JVM exit unless it was closed before. */
    public static synchronized void register(RunningBroker broker) {
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(ShutdownGuard::closeAll, "brokerlab-shutdown-guard"));
            hooked = true;
        }
        OPEN.add(broker);
    }

    /** Forgets a broker that was closed normally. */
    public static synchronized void unregister(RunningBroker broker) {
        OPEN.remove(broker);
    }

    /** The brokers started and not yet closed, e.g. to check in a test that none is left. */
    public static synchronized List<RunningBroker> open() {
        return List.copyOf(OPEN);
    }

    /** Closes every registered broker now (the hook's job; also handy at the end of a notebook). */
    public static void closeAll() {
        List<RunningBroker> all;
        synchronized (ShutdownGuard.class) {
            all = new ArrayList<>(OPEN);
        }
        for (RunningBroker b : all) b.close();
    }
}
