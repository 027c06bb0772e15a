package brokerlab.measure;

import brokerlab.dist.Distribution;
import brokerlab.model.closed.ClientSchedule;
import brokerlab.random.RandomStream;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A closed loop of virtual users against a real system, stepping through a {@link ClientSchedule} (a staircase of 3,
 * 6, 12 users; times in ms): each user thinks for a drawn think time, makes one {@link Request} and waits for its
 * outcome, then thinks again. As in the closed-network model ({@code model.closed.ClosedSimulation}), a new step's
 * extra users start with a think, and surplus users leave at the end of their think, never with a request in flight.
 * The request is anything a user does: a polling client of the task API ({@link PollingClient}), or a REST or gRPC
 * call. Bounded: users stop at the end of the schedule, and a request in flight then is not counted.
 *
 * <p>Streams: user u draws think times from (seed, r, 16 + 2u) and passes (seed, r, 17 + 2u) to its requests, so a
 * user's draws do not depend on the other users' timing.
 */
public final class ClosedLoopLoad {
    private ClosedLoopLoad() {}

    /** What a user's request ended as. */
    public enum Outcome {
        /** The user got its answer. */
        COMPLETED,
        /** The system refused the request at once (HTTP 503). */
        REJECTED,
        /** The user gave up waiting. */
        ABANDONED,
        /** The request failed (connection refused, server error). */
        FAILED
    }

    /** One request of user {@code user}; it may draw from {@code rng} (the user's own stream). */
    @FunctionalInterface
    public interface Request {
        Outcome call(int user, RandomStream rng);
    }

    /** One finished request: start and end in ms from the start of the schedule. */
    record Done(int user, double start, double end, Outcome outcome) {}

    /** Runs the schedule; returns per-step counts and response times (ms). */
    public static ClosedLoopResult run(ClientSchedule schedule, Distribution thinkTime, Request request, long seed, int replication) {
        Check.notNull("schedule", schedule);
        Check.notNull("thinkTime", thinkTime);
        Check.notNull("request", request);
        Check.atLeast("users", 512, schedule.maxClients());
        ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
        long begin = System.nanoTime() + 20_000_000;
        double total = schedule.totalDuration();
        Thread[] users = new Thread[schedule.maxClients()];
        for (int u = 0; u < users.length; u++) {
            int user = u;
            users[u] = new Thread(() -> user(user, schedule, thinkTime, request, begin, total, done,
                    RandomStream.of(seed, replication, 16 + 2 * user), RandomStream.of(seed, replication, 17 + 2 * user)),
                    "brokerlab-user-" + u);
            users[u].setDaemon(true);
            users[u].start();
        }
        for (Thread t : users) {
            try {
                t.join(Math.round(total) + 30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        for (Thread t : users) if (t.isAlive()) t.interrupt();
        return ClosedLoopResult.of(schedule, new ArrayList<>(done));
    }

    private static void user(int u, ClientSchedule schedule, Distribution think, Request request, long begin, double total,
                             ConcurrentLinkedQueue<Done> done, RandomStream thinkRng, RandomStream requestRng) {
        double now = 0;
        while (!Thread.currentThread().isInterrupted()) {
            int step = stepAt(schedule, now);
            if (step < 0) return;
            if (u >= schedule.step(step).clients()) {   // not (or no longer) in the population: wait for the next step
                if (step + 1 >= schedule.size()) return;
                now = schedule.start(step + 1);
                Pacer.sleepUntil(begin + Math.round(now * 1e6));
                continue;
            }
            now += think.sample(thinkRng);
            if (now >= total) return;
            Pacer.sleepUntil(begin + Math.round(now * 1e6));
            step = stepAt(schedule, now);
            if (step < 0 || u >= schedule.step(step).clients()) continue;   // left at the end of the think
            Outcome o;
            try {
                o = request.call(u, requestRng);
            } catch (RuntimeException e) {
                o = Outcome.FAILED;
            }
            double end = (System.nanoTime() - begin) / 1e6;
            if (end <= total) done.add(new Done(u, now, end, o));
            now = end;
        }
    }

    /** The step running at time t (ms), or -1 after the schedule. */
    static int stepAt(ClientSchedule schedule, double t) {
        for (int k = 0; k < schedule.size(); k++) {
            if (t < schedule.start(k) + schedule.step(k).duration()) return k;
        }
        return -1;
    }
}
