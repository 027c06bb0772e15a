package brokerlab.measure;

import brokerlab.dist.Distribution;
import brokerlab.dist.Distributions;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;
import redis.clients.jedis.Jedis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Kill workers in the middle of their tasks on a real Valkey queue and count what it cost: a producer sends tasks at
 * Poisson instants straight onto the list, c {@link TaskWorkers} serve them, and {@code failures} times during the
 * run one worker dies at {@link TaskWorkers.KillPoint} of a task and a fresh one replaces it (a supervisor restarting
 * the process). With {@link WorkerProtocol#BRPOP} a task killed mid-way is lost; with {@link WorkerProtocol#BLMOVE}
 * and a {@link Reaper} it comes back after the heartbeat expires, and a worker killed after storing its result causes
 * a duplicate. The length counts tasks ({@link RunLength.Customers}; its warm-up is ignored, every task counts).
 * Times in ms. Replication r draws gaps and services from streams (seed, r, ARRIVALS) and (seed, r, SERVICE).
 */
public final class WorkerCrashes implements Model<Measurements> {
    public static final Metric SENT = Metric.of("sent", "tasks", Metric.Kind.COUNT);
    /** Workers that died (a kill takes effect at the worker's next task, so one asked for near the end may not happen). */
    public static final Metric FAILURES = Metric.of("failures", "workers", Metric.Kind.COUNT);
    public static final Metric LOST = Metric.of("lost", "tasks", Metric.Kind.COUNT);
    public static final Metric DUPLICATES = Metric.of("duplicates", "tasks", Metric.Kind.COUNT);
    public static final Metric REDELIVERED = Metric.of("redelivered", "tasks", Metric.Kind.COUNT);
    public static final Metric LOST_PER_FAILURE = Metric.of("lost_per_failure", "", Metric.Kind.OTHER);
    public static final Metric DUPLICATES_PER_FAILURE = Metric.of("duplicates_per_failure", "", Metric.Kind.OTHER);
    /** Mean time from a worker's death to the moment another worker takes its task again. */
    public static final Metric REDELIVERY_DELAY = Metric.of("redelivery_delay", "ms", Metric.Kind.MEAN);
    /** Mean send-to-result time of the tasks delivered once. */
    public static final Metric MEAN_RESPONSE_ONCE = Metric.of("mean_response_once", "ms", Metric.Kind.MEAN);
    /** Mean send-to-result time of the redelivered tasks. */
    public static final Metric MEAN_RESPONSE_REDELIVERED = Metric.of("mean_response_redelivered", "ms", Metric.Kind.MEAN);

    private final ValkeyEndpoint endpoint;
    private final WorkerProtocol protocol;
    private final int workers, failures;
    private final Distribution interArrival, service;
    private final TaskWorkers.KillPoint killPoint;
    private final long heartbeatMs, reaperMs;

    /**
     * @param heartbeatMs heartbeat period of BLMOVE workers (the key lives twice as long)
     * @param reaperMs    the reaper's check interval
     */
    public WorkerCrashes(ValkeyEndpoint endpoint, WorkerProtocol protocol, int workers, Distribution interArrival,
                         Distribution service, int failures, TaskWorkers.KillPoint killPoint, long heartbeatMs, long reaperMs) {
        this.endpoint = Check.notNull("endpoint", endpoint);
        this.protocol = Check.notNull("protocol", protocol);
        this.workers = Check.atLeast("workers", workers, 1);
        this.interArrival = Check.notNull("interArrival", interArrival);
        this.service = Check.notNull("service", service);
        this.failures = Check.atLeast("failures", failures, 0);
        this.killPoint = Check.notNull("killPoint", killPoint);
        this.heartbeatMs = Check.atLeast("heartbeatMs", heartbeatMs, 10L);
        this.reaperMs = Check.atLeast("reaperMs", reaperMs, 5L);
        Check.stable(service.mean() / interArrival.mean() / workers);
    }

    /** The same experiment with specs in ms, e.g. {@code exp(mean=4)}. */
    public static WorkerCrashes of(ValkeyEndpoint endpoint, WorkerProtocol protocol, int workers, String interArrival,
                                   String service, int failures) {
        return new WorkerCrashes(endpoint, protocol, workers, Distributions.parse(interArrival), Distributions.parse(service),
                failures, TaskWorkers.KillPoint.MID_TASK, 50, 50);
    }

    public WorkerCrashes killPoint(TaskWorkers.KillPoint p) {
        return new WorkerCrashes(endpoint, protocol, workers, interArrival, service, failures, p, heartbeatMs, reaperMs);
    }

    public WorkerCrashes reaper(long heartbeat, long interval) {
        return new WorkerCrashes(endpoint, protocol, workers, interArrival, service, failures, killPoint, heartbeat, interval);
    }

    @Override
    public Measurements run(RunLength length, long seed, int replication) {
        int n = Math.toIntExact(Math.min(200_000, length.inCustomers(1000 / interArrival.mean()).total()));
        if (failures >= n) throw Check.fail("failures", failures, "it must be below the task count " + n, "send more tasks");
        RandomStream gaps = RandomStream.of(seed, replication, RandomStream.ARRIVALS), draws = RandomStream.of(seed, replication, RandomStream.SERVICE);
        long[] due = new long[n], svc = new long[n], sent = new long[n];
        double t = 0;
        for (int k = 0; k < n; k++) {
            t += interArrival.sample(gaps);
            due[k] = Math.round(t * 1e6);
            svc[k] = Math.round(service.sample(draws) * 1e6);
        }
        TaskKeys keys = new TaskKeys(String.format(Locale.ROOT, "crash-%d-%d-%d", seed, replication, System.nanoTime()));
        long limit = Math.round((t * 3 + 20 * (heartbeatMs + reaperMs) + 10_000) * 1e6);
        Measurement.ONE_AT_A_TIME.lock();
        try (Jedis producer = endpoint.connect();
             TaskWorkers crew = TaskWorkers.start(endpoint, keys, workers, protocol, heartbeatMs);
             Reaper reaper = protocol == WorkerProtocol.BLMOVE ? Reaper.start(endpoint, keys, reaperMs) : null) {
            long begin = System.nanoTime() + 20_000_000, deadline = begin + limit;
            int killed = 0;
            for (int k = 0; k < n; k++) {
                Pacer.sleepUntil(begin + due[k]);
                sent[k] = System.nanoTime();
                producer.lpush(keys.queue(), new Task(k, svc[k]).encode());
                if (killed < failures && k + 1 >= (long) (killed + 1) * n / (failures + 1)) {
                    crew.kill(crew.alive().get(0), killPoint);
                    crew.replace();
                    killed++;
                }
            }
            while (System.nanoTime() < deadline && !finished(crew.takes(), n, producer, keys, crew.started())) {
                Pacer.sleepUntil(System.nanoTime() + 10_000_000);
            }
            crew.close();
            return summarise(crew.takes(), sent, svc, crew.deaths());
        } finally {
            Measurement.ONE_AT_A_TIME.unlock();
            deleteKeys(keys, n);
        }
    }

    /**
     * Every task has a result, or (BRPOP) every task without one was in the hands of a killed worker; and nothing is
     * left in the queue or in a processing list (a task the reaper has yet to return would be a duplicate to come).
     */
    private boolean finished(List<TaskWorkers.Take> takes, int n, Jedis j, TaskKeys keys, int started) {
        long left = j.llen(keys.queue());
        for (int w = 0; w < started && left == 0; w++) left += j.llen(keys.processing(w));
        if (left > 0) return false;
        boolean[] done = new boolean[n], dropped = new boolean[n];
        for (TaskWorkers.Take x : takes) {
            if (x.done() != 0) done[(int) x.id()] = true;
            else dropped[(int) x.id()] = true;
        }
        for (int k = 0; k < n; k++) {
            if (!done[k] && !(protocol == WorkerProtocol.BRPOP && dropped[k])) return false;
        }
        return true;
    }

    private Measurements summarise(List<TaskWorkers.Take> takes, long[] sent, long[] svc, int killed) {
        int n = sent.length;
        Map<Long, List<TaskWorkers.Take>> byTask = new HashMap<>();
        for (TaskWorkers.Take x : takes) byTask.computeIfAbsent(x.id(), k -> new ArrayList<>()).add(x);
        long lost = 0, duplicates = 0, redelivered = 0;
        double onceSum = 0, againSum = 0, delaySum = 0;
        long once = 0, again = 0, delays = 0;
        for (int k = 0; k < n; k++) {
            List<TaskWorkers.Take> xs = byTask.getOrDefault((long) k, List.of());
            long firstDone = xs.stream().mapToLong(TaskWorkers.Take::done).filter(d -> d != 0).min().orElse(0);
            duplicates += xs.stream().filter(TaskWorkers.Take::duplicate).count();
            if (firstDone == 0) {
                lost++;
                continue;
            }
            double response = (firstDone - sent[k]) / 1e6;
            if (xs.size() == 1) {
                once++;
                onceSum += response;
            } else {
                redelivered++;
                again++;
                againSum += response;
                TaskWorkers.Take died = xs.get(0);
                long deathAt = died.done() != 0 ? died.done() : died.taken() + svc[k] / 2;
                long retaken = xs.stream().mapToLong(TaskWorkers.Take::taken).filter(x -> x > died.taken()).min().orElse(0);
                if (retaken != 0) {
                    delaySum += (retaken - deathAt) / 1e6;
                    delays++;
                }
            }
        }
        return Measurements.builder()
                .put(SENT, n).put(FAILURES, killed).put(LOST, lost).put(DUPLICATES, duplicates).put(REDELIVERED, redelivered)
                .put(LOST_PER_FAILURE, killed == 0 ? Double.NaN : (double) lost / killed)
                .put(DUPLICATES_PER_FAILURE, killed == 0 ? Double.NaN : (double) duplicates / killed)
                .put(REDELIVERY_DELAY, delays == 0 ? Double.NaN : delaySum / delays)
                .put(Metric.MEAN_RESPONSE, once + again == 0 ? Double.NaN : (onceSum + againSum) / (once + again))
                .put(MEAN_RESPONSE_ONCE, once == 0 ? Double.NaN : onceSum / once)
                .put(MEAN_RESPONSE_REDELIVERED, again == 0 ? Double.NaN : againSum / again)
                .build();
    }

    private void deleteKeys(TaskKeys keys, int n) {
        try (Jedis j = endpoint.connect()) {
            List<String> all = new ArrayList<>(List.of(keys.queue(), keys.counter(), keys.workers()));
            for (int w = 0; w < workers + failures; w++) {
                all.add(keys.processing(w));
                all.add(keys.heartbeat(w));
            }
            for (int k = 0; k < n; k++) all.add(keys.result(k));
            for (int i = 0; i < all.size(); i += 1_000) j.del(all.subList(i, Math.min(all.size(), i + 1_000)).toArray(new String[0]));
        } catch (RuntimeException ignored) {
            // the server is gone, and the keys with it
        }
    }

    /** 400 tasks. */
    @Override public RunLength defaultLength() { return RunLength.customers(0, 400); }

    @Override public String describe() {
        return String.format(Locale.ROOT, "worker crashes on %s: %s, c=%d, gaps %s, service %s, %d failures at %s, heartbeat %d ms, reaper %d ms",
                endpoint, protocol, workers, interArrival.spec(), service.spec(), failures, killPoint, heartbeatMs, reaperMs);
    }
}
