package brokerlab.analytic.network;

import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * Exact Mean Value Analysis of a closed single-class product-form network (M. Reiser &amp; S. S. Lavenberg,
 * "Mean-value analysis of closed multichain queuing networks", JACM 27(2), 1980; Lazowska et al. 1984,
 * <i>Quantitative System Performance</i>, ch. 6 and §20.2 for load-dependent centres): N clients cycle between
 * a think phase of mean Z and a set of stations, each described by its service demand D_k = V_k S_k (visits ×
 * mean service per visit).
 *
 * <ul>
 *   <li>Queueing station, 1 server: R_k(n) = D_k (1 + Q_k(n-1)) (arrival theorem).</li>
 *   <li>Queueing station with c servers (exponential, load-dependent rate min(j, c)/S_k): exact load-dependent
 *       MVA with marginal probabilities, R_k(n) = sum_{j=1}^{n} j D_k / min(j, c) · p_k(j-1 | n-1),
 *       p_k(j | n) = X(n) D_k / min(j, c) · p_k(j-1 | n-1), p_k(0 | n) = 1 - sum_{j&gt;=1} p_k(j | n).</li>
 *   <li>Delay station (infinite servers): R_k(n) = D_k.</li>
 *   <li>X(n) = n / (Z + sum_k R_k(n)), Q_k(n) = X(n) R_k(n).</li>
 * </ul>
 * Asymptotic bounds (Lazowska et al. 1984 §5.2), with D = sum of demands and D_max the largest per-server demand
 * D_k / c_k over queueing stations: X(N) &lt;= min(N / (D + Z), 1 / D_max), R(N) &gt;= max(D, N D_max - Z).
 * Computed for n = 1..N in O(N^2) per multi-server station (O(N) otherwise).
 */
public final class Mva {

    /** A station of the closed network. */
    public record Station(String name, double demand, int servers, boolean delay) {
        public Station {
            Check.notNull("name", name);
            Check.positive("demand", demand);
            if (!delay) Check.atLeast("servers", servers, 1);
        }
        /** A FCFS (or PS) queue with one server and demand D = visits × mean service. */
        public static Station queue(String name, double demand) { return new Station(name, demand, 1, false); }
        /** A queue with c identical exponential servers (load-dependent MVA). */
        public static Station multiServer(String name, double demand, int servers) {
            return new Station(name, demand, servers, false);
        }
        /** An infinite-server (pure delay) station. */
        public static Station delay(String name, double demand) { return new Station(name, demand, 0, true); }
    }

    /** The solution at population N. */
    public record Result(int population, double throughput, double responseTime, double[] stationResponse,
                         double[] stationQueueLength) {
        /** Utilisation of station k per server: X D_k / c_k (X D_k busy servers for a delay station). */
        public double utilization(List<Station> stations, int k) {
            Station s = stations.get(k);
            return throughput * s.demand() / (s.delay() ? 1 : s.servers());
        }
    }

    private final List<Station> stations;
    private final double thinkTime;

    public Mva(List<Station> stations, double thinkTime) {
        Check.notNull("stations", stations);
        if (stations.isEmpty()) throw Check.fail("stations", "[]", "it must hold at least one station", null);
        this.stations = List.copyOf(stations);
        this.thinkTime = Check.nonNegative("thinkTime", thinkTime);
    }

    public List<Station> stations() { return stations; }

    /** Exact results for populations 1..N (index n-1 holds population n). */
    public List<Result> solveUpTo(int population) {
        Check.atLeast("population", population, 1);
        int k = stations.size();
        double[] q = new double[k];
        double[][] marginal = new double[k][];
        for (int s = 0; s < k; s++) {
            if (isMulti(stations.get(s))) {
                marginal[s] = new double[population + 1];
                marginal[s][0] = 1;
            }
        }
        List<Result> out = new ArrayList<>(population);
        for (int n = 1; n <= population; n++) {
            double[] r = new double[k];
            double total = thinkTime;
            for (int s = 0; s < k; s++) {
                Station st = stations.get(s);
                if (st.delay()) r[s] = st.demand();
                else if (!isMulti(st)) r[s] = st.demand() * (1 + q[s]);
                else {
                    double sum = 0;
                    for (int j = 1; j <= n; j++) sum += j * st.demand() / Math.min(j, st.servers()) * marginal[s][j - 1];
                    r[s] = sum;
                }
                total += r[s];
            }
            double x = n / total;
            for (int s = 0; s < k; s++) {
                q[s] = x * r[s];
                Station st = stations.get(s);
                if (isMulti(st)) {
                    double[] p = marginal[s];
                    double busy = 0;
                    for (int j = n; j >= 1; j--) {
                        p[j] = x * st.demand() / Math.min(j, st.servers()) * p[j - 1];
                        busy += p[j];
                    }
                    p[0] = Math.max(0, 1 - busy);
                }
            }
            out.add(new Result(n, x, total - thinkTime, r.clone(), q.clone()));
        }
        return out;
    }

    private static boolean isMulti(Station s) { return !s.delay() && s.servers() > 1; }

    public Result solve(int population) {
        List<Result> all = solveUpTo(population);
        return all.get(all.size() - 1);
    }

    /** D = sum of all demands (delay stations included). */
    public double totalDemand() {
        return stations.stream().mapToDouble(Station::demand).sum();
    }

    /** D_max = max over queueing stations of D_k / c_k (0 if there is none). */
    public double maxDemand() {
        return stations.stream().filter(s -> !s.delay()).mapToDouble(s -> s.demand() / s.servers()).max().orElse(0);
    }

    /** X(N) &lt;= min(N/(D+Z), 1/D_max). */
    public double throughputUpperBound(int population) {
        Check.atLeast("population", population, 1);
        double bound = population / (totalDemand() + thinkTime);
        double dMax = maxDemand();
        return dMax > 0 ? Math.min(bound, 1 / dMax) : bound;
    }

    /** R(N) &gt;= max(D, N D_max - Z). */
    public double responseLowerBound(int population) {
        Check.atLeast("population", population, 1);
        return Math.max(totalDemand(), population * maxDemand() - thinkTime);
    }
}
