package brokerlab.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Tracks the largest heap occupancy seen right after a garbage collection, i.e. the live data, through the
 * HotSpot GC notifications ({@link GarbageCollectionNotificationInfo}). Listening costs nothing between
 * collections, so it does not disturb the run it watches.
 */
final class LiveHeapWatch {
    private final AtomicLong maxLive = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    private LiveHeapWatch() {}

    static LiveHeapWatch start() {
        LiveHeapWatch watch = new LiveHeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
                var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                long used = 0;
                for (var e : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                    if (watch.heapPools.contains(e.getKey())) used += ((MemoryUsage) e.getValue()).getUsed();
                }
                watch.collections.incrementAndGet();
                watch.maxLive.accumulateAndGet(used, Math::max);
            }, null, null);
        }
        return watch;
    }

    /** GC notifications arrive on a service thread shortly after the collection; give the last ones time. */
    void awaitPendingNotifications() throws InterruptedException {
        Thread.sleep(200);
    }

    long maxLiveBytes() { return maxLive.get(); }

    long collections() { return collections.get(); }
}
