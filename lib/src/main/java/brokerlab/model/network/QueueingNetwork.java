package brokerlab.model.network;

import brokerlab.analytic.network.Routing;
import brokerlab.dist.Distribution;
import brokerlab.experiment.Experiment;
import brokerlab.experiment.Model;
import brokerlab.experiment.RunLength;
import brokerlab.model.arrivals.ArrivalProcess;
import brokerlab.model.arrivals.Renewal;
import brokerlab.util.Check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open queueing network, ready to simulate: multi-server FCFS {@link Node}s, one external arrival stream into an entry station,
 * and probabilistic routing after each service: a job leaving station i goes to station j with probability
 * P[i][j] and leaves the network with probability 1 - sum_j P[i][j]. Feedback is allowed (a failed delivery
 * re-enters the broker queue). With Poisson arrivals and exponential service this is a Jackson network
 * (Jackson 1957) whose per-station behaviour is that of an M/M/c queue at the rate given by the
 * traffic equations ({@link Routing#solveTraffic}); with general distributions it is the network QNA approximates
 * (Whitt 1983).
 *
 * <p>Validation happens in {@link Builder#build()}: unknown or duplicate station names, routing rows summing to
 * more than one, stations from which a job can never leave, and unstable infinite-buffer stations, named with
 * their utilisation ("station 'broker' utilisation 1.010 >= 1: the queue is unstable..."). Utilization includes
 * breakdowns: rho = lambda E[S] / (c A). For a staircase {@link ArrivalSchedule} the stability check is skipped:
 * a transient overload is what a load test looks for.
 *
 * <p>The external stream is a renewal {@link Distribution}, a staircase {@link ArrivalSchedule}, or any stationary
 * {@link ArrivalProcess} such as a bursty {@link brokerlab.model.arrivals.Mmpp2}; a distribution is simulated as
 * {@code new Renewal(distribution)}, so both spellings give the same numbers under one seed.
 *
 * <pre>{@code
 * QueueingNetwork net = QueueingNetwork.builder()
 *     .station(Node.of("sender", 4, Exponential.withRate(10)))
 *     .station(Node.of("broker", 4, Exponential.withRate(10)))
 *     .arrivals("sender", Exponential.withRate(30.3))
 *     .route("sender", "broker", 1.0)
 *     .route("broker", "broker", 0.12)        // failed delivery: retry; exit with 0.88
 *     .build();
 * Estimates<NetworkRun> e = net.simulate().time(20, 800).replications(16).seed(42).run();
 * e.get(Metric.MEAN_RESPONSE);                // covers Li2015.meanDeliveryTime(30.3, 10, 4, 10, 4, 0.12) = 0.4124
 * }</pre>
 *
 * <p>Run length: a network runs on its clock, so {@link RunLength.Time} is native (warm-up, then the measured
 * window); a customer length is converted at the external arrival rate ({@link #arrivalRate()}). A network fed by
 * a staircase {@link ArrivalSchedule} fixes its own length: each run plays the whole schedule from an empty
 * network and drains, whatever length it is given ({@link #defaultLength()} is the schedule's duration).
 */
public final class QueueingNetwork implements Model<NetworkRun> {
    private final List<Node> stations;
    private final double[][] routing;
    private final int entry;
    private final Distribution interArrival;    // null when schedule is set
    private final ArrivalSchedule schedule;      // null when interArrival is set
    private final ArrivalProcess process;        // null when schedule is set; Renewal(interArrival) for a distribution
    private final double[] visits;
    private final double[] flow;

    private QueueingNetwork(Builder b) {
        this.stations = List.copyOf(b.stations.values());
        int n = stations.size();
        this.routing = new double[n][];
        for (int i = 0; i < n; i++) routing[i] = b.routing.get(i).clone();
        this.entry = b.entry;
        this.interArrival = b.interArrival;
        this.schedule = b.schedule;
        this.process = b.process;
        double[] external = new double[n];
        external[entry] = 1.0;
        this.visits = Routing.solveTraffic(external, routing);
        this.flow = new double[n];
        double rate = arrivalRate();
        for (int i = 0; i < n; i++) flow[i] = visits[i] * rate;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Stations in series: jobs arrive at the first, visit each once in order and leave after the last.
     * @param interArrival external inter-arrival times into the first station
     */
    public static QueueingNetwork tandem(Distribution interArrival, Node... stations) {
        return tandem(new Renewal(Check.notNull("interArrival", interArrival)), stations);
    }

    /**
     * Stations in series fed by a stationary arrival process (e.g. a bursty MMPP-2), to watch burstiness propagate
     * down the line.
     */
    public static QueueingNetwork tandem(ArrivalProcess arrivals, Node... stations) {
        Builder b = builder();
        for (Node s : stations) b.station(s);
        if (stations.length == 0) throw Check.fail("stations", "[]", "a tandem needs at least one station", null);
        b.arrivals(stations[0].name(), arrivals);
        for (int i = 0; i + 1 < stations.length; i++) b.route(stations[i].name(), stations[i + 1].name(), 1.0);
        return b.build();
    }

    public List<Node> nodes() { return stations; }
    public int size() { return stations.size(); }
    public Node node(int i) { return stations.get(i); }
    public Node node(String name) { return stations.get(indexOf(name)); }
    public int entry() { return entry; }
    /** The renewal inter-arrival distribution, or null when arrivals follow a schedule or a non-renewal process. */
    public Distribution interArrival() { return interArrival; }
    /** The stationary arrival process (a {@link Renewal} when a distribution was given), or null for a schedule. */
    public ArrivalProcess arrivalProcess() { return process; }
    /** The staircase arrival schedule, or null for a stationary renewal stream. */
    public ArrivalSchedule schedule() { return schedule; }

    public int indexOf(String name) {
        for (int i = 0; i < stations.size(); i++) if (stations.get(i).name().equals(name)) return i;
        throw unknown(name, stations.stream().map(Node::name).toList());
    }

    /** P[from][to]. */
    public double routing(int from, int to) { return routing[from][to]; }

    /** Probability that a job leaves the network after service at station i. */
    public double exitProbability(int i) {
        double s = 0;
        for (double p : routing[i]) s += p;
        return Math.max(0, 1 - s);
    }

    /** External arrival rate: the process's mean rate (1/E[inter-arrival] for renewal), or the schedule's time average. */
    public double arrivalRate() {
        return schedule != null ? schedule.expectedArrivals() / schedule.totalDuration() : process.rate();
    }

    /** Mean visits to station i per external arrival (the traffic equations with unit input). */
    public double visitRatio(int i) { return visits[i]; }

    /** Offered utilization rho_i = lambda_i E[S_i] / (c_i A_i), lambda_i from the traffic equations (losses ignored). */
    public double offeredUtilization(int i) { return flow[i] / stations.get(i).capacityRate(); }

    /** An experiment on this network with the default plan; chain its setters, then {@code run()}. */
    public Experiment<NetworkRun> simulate() {
        return Experiment.of(this);
    }

    /** One replication (see the class comment for the run length). */
    @Override
    public NetworkRun run(RunLength length, long seed, int replication) {
        Check.notNull("length", length);
        Check.atLeast("replication", replication, 0);
        if (schedule != null) return NetworkEvents.staircase(this, seed, replication);
        return NetworkEvents.run(this, length.inTime(arrivalRate()), seed, replication);
    }

    /** 100,000 arrivals (after 10,000 of warm-up); for a staircase, the schedule's own length. */
    @Override
    public RunLength defaultLength() {
        return schedule != null ? RunLength.time(0, schedule.totalDuration()) : Model.super.defaultLength();
    }

    @Override
    public String toString() {
        return "QueueingNetwork(" + stations.stream().map(s -> s.name() + ": " + s.servers() + " x " + s.service().spec()).toList()
                + ", arrivals " + (schedule != null ? "staircase of " + schedule.size() + " steps" : process.spec())
                + " into " + stations.get(entry).name() + ")";
    }

    static IllegalArgumentException unknown(String name, List<String> known) {
        return Check.fail("station", "'" + name + "'", "no station has this name", "known stations: " + known);
    }

    /** Collects stations, routes and the arrival stream; {@link #build()} validates the whole network. */
    public static final class Builder {
        private final Map<String, Node> stations = new LinkedHashMap<>();
        private final Map<String, Map<String, Double>> routes = new LinkedHashMap<>();
        private final List<double[]> routing = new ArrayList<>();
        private String entryName;
        private int entry;
        private Distribution interArrival;
        private ArrivalSchedule schedule;
        private ArrivalProcess process;

        private Builder() {}

        public Builder station(Node s) {
            Check.notNull("station", s);
            if (stations.containsKey(s.name())) {
                throw Check.fail("station", "'" + s.name() + "'", "station names must be unique", "rename one of them");
            }
            stations.put(s.name(), s);
            return this;
        }

        /** Renewal arrivals with the given inter-arrival distribution into station {@code entry}. */
        public Builder arrivals(String entry, Distribution interArrival) {
            return arrivals(entry, new Renewal(Check.notNull("interArrival", interArrival)));
        }

        /** A stationary arrival process (renewal, MMPP-2, ...) into station {@code entry}. */
        public Builder arrivals(String entry, ArrivalProcess process) {
            this.entryName = Check.notNull("entry", entry);
            this.process = Check.notNull("process", process);
            this.interArrival = process instanceof Renewal r ? r.interArrival() : null;
            this.schedule = null;
            return this;
        }

        /** Poisson arrivals with a piecewise-constant rate into station {@code entry}. */
        public Builder arrivals(String entry, ArrivalSchedule schedule) {
            this.entryName = Check.notNull("entry", entry);
            this.schedule = Check.notNull("schedule", schedule);
            this.interArrival = null;
            this.process = null;
            return this;
        }

        /** After service at {@code from}, go to {@code to} with probability {@code probability} (replaces an earlier value). */
        public Builder route(String from, String to, double probability) {
            Check.probability("routing probability " + from + " -> " + to, probability);
            routes.computeIfAbsent(Check.notNull("from", from), k -> new LinkedHashMap<>()).put(Check.notNull("to", to), probability);
            return this;
        }

        public QueueingNetwork build() {
            if (stations.isEmpty()) throw Check.fail("stations", "none", "a network needs at least one station", "call station(...)");
            List<String> names = new ArrayList<>(stations.keySet());
            if (entryName == null) throw Check.fail("arrivals", "none", "the network has no external arrivals", "call arrivals(entry, distribution)");
            if (!names.contains(entryName)) throw unknown(entryName, names);
            entry = names.indexOf(entryName);
            int n = names.size();
            routing.clear();
            for (int i = 0; i < n; i++) routing.add(new double[n]);
            for (var from : routes.entrySet()) {
                int i = names.indexOf(from.getKey());
                if (i < 0) throw unknown(from.getKey(), names);
                double sum = 0;
                for (var to : from.getValue().entrySet()) {
                    int j = names.indexOf(to.getKey());
                    if (j < 0) throw unknown(to.getKey(), names);
                    routing.get(i)[j] = to.getValue();
                    sum += to.getValue();
                }
                if (sum > 1 + 1e-9) {
                    throw Check.fail("routing from '" + from.getKey() + "'", String.format(java.util.Locale.ROOT, "%.6g", sum),
                            "the probabilities must sum to at most 1 (the remainder is the exit probability)", "lower them");
                }
            }
            checkEveryStationCanExit(names);
            QueueingNetwork net = new QueueingNetwork(this);
            if (schedule == null) checkStability(net);
            return net;
        }

        /** A station from which no path reaches the exit would trap jobs forever (and makes I - P singular). */
        private void checkEveryStationCanExit(List<String> names) {
            int n = names.size();
            boolean[] canExit = new boolean[n];
            for (int i = 0; i < n; i++) {
                double s = Arrays.stream(routing.get(i)).sum();
                canExit[i] = s < 1 - 1e-12;
            }
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int i = 0; i < n; i++) {
                    if (canExit[i]) continue;
                    for (int j = 0; j < n; j++) {
                        if (routing.get(i)[j] > 0 && canExit[j]) { canExit[i] = true; changed = true; break; }
                    }
                }
            }
            for (int i = 0; i < n; i++) {
                if (!canExit[i]) {
                    throw Check.fail("routing from '" + names.get(i) + "'", Arrays.toString(routing.get(i)),
                            "a job at this station can never leave the network", "give some station on its loop an exit probability > 0");
                }
            }
        }

        /**
         * Rejects an infinite-buffer station that is overloaded by the flow that reaches it without passing through
         * a finite buffer (such flow cannot be thinned by losses, so the station is surely unstable); flow through
         * finite buffers may be thinned by rejections and is left to the simulation.
         */
        private void checkStability(QueueingNetwork net) {
            int n = net.size();
            double[][] guaranteed = new double[n][];
            for (int i = 0; i < n; i++) guaranteed[i] = net.node(i).hasFiniteCapacity() ? new double[n] : routing.get(i);
            double[] external = new double[n];
            external[net.entry()] = net.arrivalRate();
            double[] lower = Routing.solveTraffic(external, guaranteed);
            for (int i = 0; i < n; i++) {
                Node s = net.node(i);
                if (s.hasFiniteCapacity()) continue;
                Check.stable("station '" + s.name() + "' utilisation", lower[i] / s.capacityRate());
            }
        }
    }
}
