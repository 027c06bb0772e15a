package brokerlab.analytic.network;

import brokerlab.analytic.QueueMetrics;
import brokerlab.dist.Distribution;
import brokerlab.dist.Exponential;
import brokerlab.experiment.Measurements;
import brokerlab.experiment.Metric;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.List;

/**
 * The analytic method that fits a network, chosen and run: for an open network, {@link Jackson} (exact) when every
 * source is Poisson and every service exponential, else {@link Qna} (Whitt's two-moment approximation); for a
 * closed population of clients, {@link Mva} (exact for exponential service). The model-file reader
 * ({@code brokerlab analyze --model FILE}) and notebooks call the same two functions, so they print the same numbers.
 *
 * <p>Values are named as a network simulation names them: {@code throughput}, {@code mean_response} (end to end,
 * think time excluded), {@code mean_number_in_system}, and per station {@code NAME_utilization},
 * {@code NAME_mean_wait} and {@code NAME_mean_response} (per visit) and {@code NAME_mean_number_in_system} for an
 * open network; {@code NAME_utilization}, {@code NAME_mean_number_in_system} and {@code NAME_residence_time} (all
 * visits of one job) for a closed one.
 *
 * @param method the method's label, e.g. "Jackson network, product form (exact)"
 * @param values the metrics above, network first, then station by station
 */
public record NetworkAnalysis(String method, Measurements values) {
    public static final String JACKSON = "Jackson network, product form of M/M/c stations (exact)";
    public static final String MVA_EXACT = "exact MVA (Reiser & Lavenberg 1980), product form";
    public static final String MVA_MEANS = "MVA on mean demands (exact for exponential FCFS or any PS service; "
            + "an approximation for this service)";

    public NetworkAnalysis {
        Check.notNull("method", method);
        Check.notNull("values", values);
    }

    /** The value of a metric, e.g. {@code get("broker_utilization")}. */
    public double get(String name) {
        return values.get(name);
    }

    /**
     * An open network: Jackson when every source is exponential and every service exponential, otherwise QNA.
     *
     * @param names    station names (snake_case), one per station
     * @param sources  external inter-arrival distribution into each station, null where none arrive from outside
     * @param routing  P[i][j], the probability a job leaving station i goes to j (the rest leaves the network)
     * @param service  service time distribution per visit, per station (finite variance)
     * @param servers  identical servers per station
     */
    public static NetworkAnalysis open(List<String> names, Distribution[] sources, double[][] routing,
                                       Distribution[] service, int[] servers) {
        int n = checkShape(names, routing, service, servers);
        Check.notNull("sources", sources);
        if (sources.length != n) throw Check.fail("sources.length", sources.length, "it must be " + n, "one entry per station");
        double[] gamma = new double[n], scv = new double[n], mean = new double[n], serviceScv = new double[n];
        boolean markov = true;
        for (int i = 0; i < n; i++) {
            if (sources[i] != null) {
                gamma[i] = sources[i].rate();
                scv[i] = sources[i].scv();
                markov &= sources[i] instanceof Exponential;
            } else {
                scv[i] = 1;
            }
            mean[i] = service[i].mean();
            serviceScv[i] = service[i].scv();
            markov &= service[i] instanceof Exponential;
            if (service[i].hasInfiniteVariance()) {
                throw Check.fail("service of '" + names.get(i) + "'", service[i].spec(), "its variance is infinite, so "
                        + "no two-moment network method applies", "simulate the network");
            }
        }
        Measurements.Builder b = Measurements.builder();
        if (markov) {
            double[] mu = new double[n];
            for (int i = 0; i < n; i++) mu[i] = service[i].rate();
            Jackson j = new Jackson(gamma, routing, mu, servers);
            double total = sum(gamma);
            network(b, total, j.meanResponse(), j.meanNumberInNetwork());
            for (int i = 0; i < n; i++) {
                QueueMetrics s = j.station(i);
                station(b, names.get(i), s.utilization(), s.meanWait(), s.meanResponse(), s.meanNumberInSystem());
            }
            return new NetworkAnalysis(JACKSON, b.build());
        }
        Qna q = new Qna(gamma, scv, routing, mean, serviceScv, servers);
        double[] lambda = q.arrivalRates();
        double number = 0;
        for (int i = 0; i < n; i++) number += lambda[i] * (q.meanWait(i).value() + mean[i]);
        network(b, sum(gamma), q.meanResponse().value(), number);
        for (int i = 0; i < n; i++) {
            double w = q.meanWait(i).value();
            station(b, names.get(i), lambda[i] * mean[i] / servers[i], w, w + mean[i], lambda[i] * (w + mean[i]));
        }
        return new NetworkAnalysis(Qna.METHOD, b.build());
    }

    /**
     * A closed network: {@code population} clients think for a mean {@code thinkTime}, send a job into station
     * {@code entry}, which follows {@code routing} until it leaves the network and its client thinks again.
     * Visit ratios come from the traffic equations with one job entering at {@code entry}; a station with
     * {@code servers[i] == 0} is a delay (infinite-server) station.
     */
    public static NetworkAnalysis closed(List<String> names, int population, double thinkTime, int entry,
                                         double[][] routing, Distribution[] service, int[] servers) {
        int n = checkShape(names, routing, service, servers);
        Check.atLeast("population", population, 1);
        Check.nonNegative("thinkTime", thinkTime);
        if (entry < 0 || entry >= n) throw Check.fail("entry", entry, "it must be a station index below " + n, null);
        double[] unit = new double[n];
        unit[entry] = 1;
        Routing.validate(unit, routing);
        double[] visits = Routing.solveTraffic(unit, routing);
        List<Mva.Station> stations = new ArrayList<>();
        List<Integer> index = new ArrayList<>();
        boolean exact = true;
        for (int i = 0; i < n; i++) {
            double demand = visits[i] * service[i].mean();
            exact &= servers[i] == 0 || service[i] instanceof Exponential;
            if (!(demand > 0)) continue;                   // never visited: no demand, nothing to queue for
            index.add(i);
            stations.add(servers[i] == 0 ? Mva.Station.delay(names.get(i), demand)
                    : Mva.Station.multiServer(names.get(i), demand, servers[i]));
        }
        Mva.Result r = new Mva(stations, thinkTime).solve(population);
        Measurements.Builder b = Measurements.builder();
        network(b, r.throughput(), r.responseTime(), r.throughput() * r.responseTime());
        for (int i = 0; i < n; i++) {
            int k = index.indexOf(i);
            String s = names.get(i);
            b.put(metric(s, "utilization", Metric.Kind.TIME_AVERAGE, ""), k < 0 ? 0 : r.utilization(stations, k));
            b.put(metric(s, "mean_number_in_system", Metric.Kind.TIME_AVERAGE, "jobs"), k < 0 ? 0 : r.stationQueueLength()[k]);
            b.put(metric(s, "residence_time", Metric.Kind.MEAN, "time"), k < 0 ? 0 : r.stationResponse()[k]);
        }
        return new NetworkAnalysis(exact ? MVA_EXACT : MVA_MEANS, b.build());
    }

    private static int checkShape(List<String> names, double[][] routing, Distribution[] service, int[] servers) {
        Check.notNull("names", names);
        Check.notNull("routing", routing);
        Check.notNull("service", service);
        Check.notNull("servers", servers);
        int n = names.size();
        if (n == 0) throw Check.fail("stations", "none", "a network needs at least one station", "add one");
        if (routing.length != n || service.length != n || servers.length != n) {
            throw Check.fail("routing/service/servers lengths", routing.length + "/" + service.length + "/" + servers.length,
                    "each must equal the number of stations (" + n + ")", "give one entry per station");
        }
        return n;
    }

    private static void network(Measurements.Builder b, double throughput, double response, double number) {
        b.put(Metric.THROUGHPUT, throughput).put(Metric.MEAN_RESPONSE, response).put(Metric.MEAN_NUMBER_IN_SYSTEM, number);
    }

    private static void station(Measurements.Builder b, String name, double utilization, double wait, double response,
                                double number) {
        b.put(metric(name, "utilization", Metric.Kind.TIME_AVERAGE, ""), utilization)
                .put(metric(name, "mean_wait", Metric.Kind.MEAN, "time"), wait)
                .put(metric(name, "mean_response", Metric.Kind.MEAN, "time"), response)
                .put(metric(name, "mean_number_in_system", Metric.Kind.TIME_AVERAGE, "jobs"), number);
    }

    /** A per-station metric, {@code NAME_quantity}; the name must be snake_case. */
    public static Metric metric(String station, String quantity, Metric.Kind kind, String unit) {
        return Metric.of(station + "_" + quantity, unit, kind);
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) s += x;
        return s;
    }
}
