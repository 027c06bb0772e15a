package brokerlab.measure;

import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.util.KeyValue;

import java.util.ArrayList;
import java.util.List;

/**
 * A work queue on Valkey lists, the pattern of the seed system: producers {@code LPUSH}, workers {@code BRPOP}
 * (oldest first). Shared layout: one list {@code brokerlab:NAME}; partitioned: one list per worker,
 * {@code brokerlab:NAME:0} ... Every sender and receiver has its own connection (a blocked BRPOP holds its
 * connection). Closing the queue deletes its lists.
 */
public final class ValkeyQueue implements MessageQueue {
    private final ValkeyEndpoint endpoint;
    private final String name;
    private final QueueLayout layout;
    private final int workers;
    private final List<AutoCloseable> open = new ArrayList<>();

    ValkeyQueue(ValkeyEndpoint endpoint, String name, QueueLayout layout, int workers) {
        this.endpoint = Check.notNull("endpoint", endpoint);
        this.name = Check.notNull("name", name);
        this.layout = Check.notNull("layout", layout);
        this.workers = Check.atLeast("workers", workers, 1);
        deleteLists();   // a fresh queue, whatever an earlier run left
    }

    /** The list that partition {@code p} lives in. */
    public String key(int p) {
        return layout.partitioned() ? "brokerlab:" + name + ":" + p : "brokerlab:" + name;
    }

    @Override public synchronized Sender sender() {
        Jedis j = endpoint.connect();
        open.add(j);
        return new Sender() {
            @Override public void send(Task task, int partition) { j.lpush(key(partition), task.encode()); }
            @Override public void close() { j.close(); }
        };
    }

    @Override public synchronized Receiver receiver(int worker) {
        Check.atLeast("worker", worker, 0);
        if (worker >= workers) throw Check.fail("worker", worker, "it must be < workers (" + workers + ")", "number workers from 0");
        String key = key(layout.partitioned() ? worker : 0);
        Jedis j = endpoint.connect(ValkeyEndpoint.TIMEOUT_MS + 2_000);
        open.add(j);
        return new Receiver() {
            @Override public Task receive(long timeoutMillis) {
                KeyValue<String, String> kv = j.brpop(Math.max(0.01, timeoutMillis / 1000.0), key);
                return kv == null ? null : Task.decode(kv.getValue());
            }
            @Override public void complete() {}
            @Override public void close() { j.close(); }
        };
    }

    @Override public long backlog() {
        try (Jedis j = endpoint.connect()) {
            long n = 0;
            for (int p = 0; p < (layout.partitioned() ? workers : 1); p++) n += j.llen(key(p));
            return n;
        }
    }

    @Override public String describe() {
        return "valkey list" + (layout.partitioned() ? "s " + key(0) + ".." + key(workers - 1) : " " + key(0)) + " (" + layout + ")";
    }

    private void deleteLists() {
        try (Jedis j = endpoint.connect()) {
            for (int p = 0; p < (layout.partitioned() ? workers : 1); p++) j.del(key(p));
        }
    }

    @Override public synchronized void close() {
        for (AutoCloseable c : open) {
            try {
                c.close();
            } catch (Exception ignored) {
                // a connection to a dead server: nothing left to release
            }
        }
        open.clear();
        try {
            deleteLists();
        } catch (RuntimeException ignored) {
            // the server is gone, and its lists with it
        }
    }
}
