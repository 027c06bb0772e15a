package brokerlab.control;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

import java.util.Arrays;

/**
 * Where the Control Center's controls stand: one broker station (Poisson arrivals, c servers, a service law) with
 * optional legacy servers, a load balancer, a buffer limit, and a replication protocol on a deployment. Validated
 * as a whole, so a combination with no steady state is refused with one message that names the parameter, the
 * value, the rule and the fix: utilisation at or above one with an unlimited buffer, a buffer below the number of
 * servers, a tail index at or below one (no finite mean), a state-blind split that overloads a slow server.
 *
 * @param arrivalRate    messages per second (Poisson)
 * @param meanService    mean service time on a full-speed server, seconds
 * @param servers        c
 * @param law            service-time law
 * @param shape          SCV (lognormal) or tail index alpha (Lomax, Pareto); ignored by the other laws
 * @param legacyFraction fraction of the servers that are legacy hardware, in [0, 1] (rounded to whole servers)
 * @param legacySpeed    speed of a legacy server relative to a new one, in (0, 1]
 * @param balancer       how arrivals reach the servers
 * @param capacity       most messages in the system (waiting and in service); 0 = unlimited
 * @param replication    protocol that makes a message durable before the broker answers
 * @param deployment     where the replicas run
 */
public record OperatingPoint(double arrivalRate, double meanService, int servers, ServiceLaw law, double shape,
                             double legacyFraction, double legacySpeed, Balancer balancer, int capacity,
                             Replication replication, Deployment deployment) {

    public OperatingPoint {
        Check.positive("arrival rate", arrivalRate);
        Check.positive("mean service", meanService);
        Check.atLeast("servers", servers, 1);
        Check.notNull("law", law);
        law.distribution(meanService, shape);   // alpha <= 1, SCV <= 0 ...: the distribution's own message
        Check.probability("legacy fraction", legacyFraction);
        Check.positive("legacy speed", legacySpeed);
        if (legacySpeed > 1) {
            throw Check.fail("legacy speed", legacySpeed, "it is relative to a new server and must be <= 1",
                    "use 1 for no slowdown, 0.5 for half speed");
        }
        Check.notNull("balancer", balancer);
        Check.atLeast("buffer capacity", capacity, 0);
        if (capacity > 0 && capacity < servers) {
            throw Check.fail("buffer capacity", capacity, "it counts messages in service too, so it must be >= the "
                    + servers + " servers (or 0 for unlimited)", "raise it to at least " + servers + " or use fewer servers");
        }
        Check.notNull("replication", replication);
        Check.notNull("deployment", deployment);
        if (capacity == 0) {
            Check.stable("utilisation rho = lambda E[S] / (total server speed)", arrivalRate * meanService / totalSpeed(servers, legacyFraction, legacySpeed));
            if (balancer.blindEqualSplit() && legacyCount(servers, legacyFraction) > 0) {
                Check.stable("utilisation of a legacy server under " + balancer.label() + " (it still gets 1/c of the arrivals)",
                        arrivalRate / servers * meanService / legacySpeed);
            }
        }
    }

    /** The default point: 4 threads at 100 ms mean service, Lomax alpha = 2.5, rho = 0.8, nothing else. */
    public static OperatingPoint defaults() {
        return new OperatingPoint(32, 0.1, 4, ServiceLaw.LOMAX, 2.5, 0, 0.5, Balancer.SHARED_QUEUE, 0,
                Replication.NONE, Deployment.THREE_ZONES);
    }

    private static int legacyCount(int servers, double fraction) {
        return (int) Math.round(fraction * servers);
    }

    private static double totalSpeed(int servers, double fraction, double speed) {
        int k = legacyCount(servers, fraction);
        return servers - k + k * speed;
    }

    /** Whole legacy servers: the fraction rounded. */
    public int legacyServers() { return legacyCount(servers, legacyFraction); }

    /** Server speeds, new servers first (speed 1), then the legacy ones. */
    public double[] speeds() {
        double[] s = new double[servers];
        Arrays.fill(s, 1.0);
        for (int i = servers - legacyServers(); i < servers; i++) s[i] = legacySpeed;
        return s;
    }

    /** True when every server has the same speed (no legacy servers, all legacy, or legacy speed 1). */
    public boolean uniformSpeed() {
        int k = legacyServers();
        return k == 0 || k == servers || legacySpeed == 1;
    }

    /** The speed every server has when {@link #uniformSpeed()}. */
    public double commonSpeed() {
        return legacyServers() == servers ? legacySpeed : 1.0;
    }

    public boolean unlimitedBuffer() { return capacity == 0; }

    /** The service time on a full-speed server. */
    public Distribution service() { return law.distribution(meanService, shape); }

    /** rho = lambda E[S] / sum of speeds: the fraction of the total capacity in use (above 1 only with a buffer limit). */
    public double utilisation() { return arrivalRate * meanService / totalSpeed(servers, legacyFraction, legacySpeed); }

    /** The arrival rate that gives utilisation {@code rho} at this point's servers and speeds. */
    public double arrivalRateAt(double rho) {
        return rho * totalSpeed(servers, legacyFraction, legacySpeed) / meanService;
    }

    /** The same point at another arrival rate (validated again). */
    public OperatingPoint withArrivalRate(double rate) {
        return new OperatingPoint(rate, meanService, servers, law, shape, legacyFraction, legacySpeed, balancer,
                capacity, replication, deployment);
    }

    /** One line for captions, e.g. "c = 4, Lomax α = 2.5, ρ = 0.80, shared queue". */
    public String describe() {
        StringBuilder b = new StringBuilder(String.format(java.util.Locale.ROOT, "λ = %.4g/s, c = %d, E[S] = %.4g ms, %s",
                arrivalRate, servers, 1000 * meanService, law.label()));
        if (law.hasShape()) b.append(String.format(java.util.Locale.ROOT, " %s = %.3g", law == ServiceLaw.LOGNORMAL ? "SCV" : "α", shape));
        b.append(String.format(java.util.Locale.ROOT, ", ρ = %.3f", utilisation()));
        if (!uniformSpeed()) b.append(String.format(java.util.Locale.ROOT, ", %d legacy at speed %.2f", legacyServers(), legacySpeed));
        else if (commonSpeed() != 1) b.append(String.format(java.util.Locale.ROOT, ", all at speed %.2f", commonSpeed()));
        if (balancer != Balancer.SHARED_QUEUE) b.append(", ").append(balancer.label());
        if (!unlimitedBuffer()) b.append(", K = ").append(capacity);
        if (replication != Replication.NONE) b.append(", ").append(replication.label()).append(" on ").append(deployment.label());
        return b.toString();
    }
}
