package brokerlab.model.closed;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * A client population that steps over time, as in a staircase load test (3, then 6, then 12 users). When the count
 * goes up, the new clients start with a think time; when it goes down, the surplus clients leave at the end of their
 * current think (a client never walks away from a request in flight).
 *
 * @param steps the steps in time order, at least one
 */
public record ClientSchedule(List<Step> steps) {

    /** {@code clients} clients for {@code duration} time units. */
    public record Step(double duration, int clients) {
        public Step {
            Check.positive("duration", duration);
            Check.atLeast("clients", clients, 0);
        }
    }

    public ClientSchedule {
        Check.notNull("steps", steps);
        if (steps.isEmpty()) throw Check.fail("steps", "[]", "a schedule needs at least one step", "e.g. ClientSchedule.staircase(600, 3, 6, 12)");
        steps = List.copyOf(steps);
    }

    /** Equal-length steps with the given client counts: {@code staircase(600, 3, 6, 12)}. */
    public static ClientSchedule staircase(double stepDuration, int... clients) {
        if (clients.length == 0) throw Check.fail("clients", "[]", "give at least one client count", "e.g. staircase(600, 3, 6, 12)");
        List<Step> steps = new ArrayList<>();
        for (int c : clients) steps.add(new Step(stepDuration, c));
        return new ClientSchedule(steps);
    }

    /** A fixed population for the whole run. */
    public static ClientSchedule constant(int clients, double duration) {
        return new ClientSchedule(List.of(new Step(duration, clients)));
    }

    public int size() { return steps.size(); }
    public Step step(int k) { return steps.get(k); }

    public double start(int k) {
        double t = 0;
        for (int i = 0; i < k; i++) t += steps.get(i).duration();
        return t;
    }

    public double totalDuration() { return start(steps.size()); }

    public int maxClients() {
        return steps.stream().mapToInt(Step::clients).max().orElse(0);
    }
}
