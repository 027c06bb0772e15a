package brokerlab.measure.scaling;

import brokerlab.measure.ValkeyEndpoint;
import brokerlab.util.Check;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPool;
import redis.clients.jedis.JedisPoolConfig;
import redis.clients.jedis.resps.Tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * The jukebox's state in Valkey, shared by every application node: a sorted set of track ids scored by votes
 * ({@code KEY:queue}), their titles in a hash ({@code KEY:titles}) and an id counter. Enqueue is INCR + HSET + ZADD +
 * a trim to the best {@value #KEEP} tracks, list is ZREVRANGE + HMGET, vote is ZINCRBY: one to four round trips, the
 * Valkey share of each request's demand. Every node holds its own instance (its own connection pool, as separate
 * servers would) and adds the wall time its threads spend waiting for Valkey to {@link #valkeyNanos()}.
 */
public final class Jukebox implements AutoCloseable {
    /** Tracks kept in the queue; enqueue drops the lowest-voted beyond it, so the set stays bounded. */
    public static final int KEEP = 500;

    private final JedisPool pool;
    private final String queue, titles, ids;
    private final LongAdder valkeyNanos = new LongAdder();

    /** A jukebox in room {@code room} on {@code endpoint}, with up to {@code connections} pooled connections. */
    public Jukebox(ValkeyEndpoint endpoint, String room, int connections) {
        Check.notNull("endpoint", endpoint);
        Check.notNull("room", room);
        Check.atLeast("connections", connections, 1);
        JedisPoolConfig config = new JedisPoolConfig();
        config.setMaxTotal(connections);
        config.setMaxIdle(connections);
        config.setJmxEnabled(false);
        this.pool = new JedisPool(config, endpoint.host(), endpoint.port(), 5_000);
        this.queue = "jukebox:" + room + ":queue";
        this.titles = "jukebox:" + room + ":titles";
        this.ids = "jukebox:" + room + ":ids";
    }

    /** Adds a track with no votes; returns its id (1, 2, ...). */
    public long enqueue(String title) {
        Check.notNull("title", title);
        return timed(j -> {
            long id = j.incr(ids);
            j.hset(titles, Long.toString(id), title);
            j.zadd(queue, 0, Long.toString(id));
            j.zremrangeByRank(queue, 0, -KEEP - 1);
            return id;
        });
    }

    /** The {@code limit} tracks with the most votes, best first. */
    public List<Track> list(int limit) {
        Check.atLeast("limit", limit, 1);
        return timed(j -> {
            List<Tuple> best = j.zrevrangeWithScores(queue, 0, limit - 1);
            if (best.isEmpty()) return List.of();
            List<String> names = j.hmget(titles, best.stream().map(Tuple::getElement).toArray(String[]::new));
            List<Track> out = new ArrayList<>(best.size());
            for (int i = 0; i < best.size(); i++) {
                String title = names.get(i);
                out.add(new Track(Long.parseLong(best.get(i).getElement()), title == null ? "" : title, (long) best.get(i).getScore()));
            }
            return out;
        });
    }

    /** One more vote for track {@code id}; returns its total. */
    public long vote(long id) {
        Check.atLeast("id", id, 1L);
        return timed(j -> (long) j.zincrby(queue, 1, Long.toString(id)));
    }

    /** Deletes the room's keys (a study starts from an empty jukebox). */
    public void clear() {
        timed(j -> j.del(queue, titles, ids));
    }

    /** Wall time this node's threads spent in Valkey calls (borrowing a connection included), ns. */
    public long valkeyNanos() {
        return valkeyNanos.sum();
    }

    private <T> T timed(Function<Jedis, T> work) {
        long start = System.nanoTime();
        try (Jedis j = pool.getResource()) {
            return work.apply(j);
        } finally {
            valkeyNanos.add(System.nanoTime() - start);
        }
    }

    @Override public void close() {
        pool.close();
    }
}
