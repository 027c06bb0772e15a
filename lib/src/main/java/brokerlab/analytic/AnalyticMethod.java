package brokerlab.analytic;

import brokerlab.dist.Distribution;
import brokerlab.dist.Lomax;
import brokerlab.dist.Pareto;
import brokerlab.util.Check;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The analytic methods for one {@link GGcK} queue, each with the queues it is valid for: the choice that
 * {@link GGcK#analyze()} makes for a notebook and {@code brokerlab analyze} for the command line (its
 * {@code --method NAME} takes {@link #id()}). The formulas and their sources live in the classes named below; this
 * enum only chooses, checks and assembles an {@link Analysis}.
 *
 * <p>Default rule ({@link #defaultFor}, stated in words as {@link #RULE}): with a capacity, M/M/c/K when arrivals and service are exponential;
 * otherwise exact where a closed form exists (Erlang C for M/M/c including M/M/1, Pollaczek–Khinchine for M/G/1),
 * then for heavy-tailed service on several servers the Scheller-Wolf finiteness condition, then the approximation
 * {@link Approximations#best} would pick: Cosmetatos for M/D/c, Kimura for M/G/c up to service SCV
 * {@link Approximations#KIMURA_MAX_SCV} and Allen–Cunneen above it (where the reality-gap map,
 * {@code data/reality-gap.csv}, shows Kimura under-estimating), Kingman for G/G/1, Allen–Cunneen for G/G/c.
 */
public enum AnalyticMethod {
    ERLANG_C("erlang-c", "M/M/c exact (Erlang C), M/M/1 included; response percentiles in closed form") {
        @Override public String unsuitable(GGcK q) {
            return q.poissonArrivals() && q.exponentialService() ? null : "needs exp(...) arrivals and service";
        }
        @Override Analysis evaluate(GGcK q) {
            MMc m = new MMc(q.arrivalRate(), q.serviceRate(), q.servers());
            String label = m.metrics().method();
            return Analysis.of(q, this, label, m.utilization(), m.waitProbability(), new Estimate[]{Estimate.of(m.meanWait(), label),
                    Estimate.of(m.meanResponse(), label), Estimate.of(m.meanQueueLength(), label)}, null,
                    new double[]{m.responsePercentile(0.5), m.responsePercentile(0.95), m.responsePercentile(0.99)},
                    "M/M/c response CDF in closed form, inverted by Brent (exact)", null);
        }
    },
    MMCK("mmck", "M/M/c/K birth-death chain, exact for exponential arrivals and service (else labelled an approximation)") {
        @Override public String unsuitable(GGcK q) {
            return q.hasCapacity() ? null : "needs --capacity K";
        }
        @Override Analysis evaluate(GGcK q) {
            MMcK m = new MMcK(q.arrivalRate(), q.serviceRate(), q.servers(), q.capacity());
            var metrics = m.metrics();
            String label = q.poissonArrivals() && q.exponentialService() ? metrics.method()
                    : "M/M/c/K (approximation: exponential arrivals and service assumed, SCVs ignored)";
            return Analysis.of(q, this, label, metrics.utilization(), metrics.waitProbability(), new Estimate[]{
                    Estimate.of(metrics.meanWait(), label), Estimate.of(metrics.meanResponse(), label),
                    Estimate.of(metrics.meanQueueLength(), label)}, null, null, null, m.blockingProbability());
        }
    },
    PK("pk", "M/G/1 exact (Pollaczek–Khinchine); percentiles for exp, det, erlang, hyperexp service") {
        @Override public String unsuitable(GGcK q) {
            return q.poissonArrivals() && q.servers() == 1 ? null : "needs exp(...) arrivals and --servers 1";
        }
        @Override Analysis evaluate(GGcK q) {
            MG1 m = MG1.of(q.arrivalRate(), q.service());
            Estimate w = m.meanWait();
            double alpha = tailIndex(q.service());
            if (!w.isFinite() && alpha > 0) {
                w = Estimate.infinite(w.method(), String.format(Locale.ROOT, "E[S^2] = inf (%s alpha = %.4g <= 2), "
                        + "so the Pollaczek–Khinchine mean wait diverges", q.service().spec().replaceAll("\\(.*", ""), alpha));
            }
            double[] p = !m.hasDistribution() || !w.isFinite() ? null : new double[]{m.responsePercentile(0.5).value(),
                    m.responsePercentile(0.95).value(), m.responsePercentile(0.99).value()};
            return Analysis.of(q, this, "M/G/1, " + w.method(), m.utilization(), m.waitProbability(),
                    new Estimate[]{w, w.plus(q.meanService()), w.times(q.arrivalRate())}, null, p, MG1.INVERSION, null);
        }
    },
    KIMURA("kimura", "M/G/c approximation (Kimura 1994 system interpolation)") {
        @Override public String unsuitable(GGcK q) { return mgc(q); }
        @Override Analysis evaluate(GGcK q) {
            return Analysis.ofMeanWait(q, this, Approximations.kimura(q.arrivalRate(), q.meanService(),
                    q.service().scv(), q.servers()));
        }
    },
    LEE_LONGTON("lee-longton", "M/G/c approximation (Lee & Longton 1959)") {
        @Override public String unsuitable(GGcK q) { return mgc(q); }
        @Override Analysis evaluate(GGcK q) {
            return Analysis.ofMeanWait(q, this, Approximations.leeLongton(q.arrivalRate(), q.meanService(),
                    q.service().scv(), q.servers()));
        }
    },
    COSMETATOS("cosmetatos", "M/D/c approximation (Cosmetatos 1976)") {
        @Override public String unsuitable(GGcK q) {
            String mgc = mgc(q);
            return mgc != null ? mgc : q.deterministicService() ? null : "needs det(...) service";
        }
        @Override Analysis evaluate(GGcK q) {
            return Analysis.ofMeanWait(q, this, Approximations.cosmetatos(q.arrivalRate(), q.meanService(), q.servers()));
        }
    },
    ALLEN_CUNNEEN("allen-cunneen", "G/G/c approximation (Allen & Cunneen 1980)") {
        @Override public String unsuitable(GGcK q) { return finiteVariance(q); }
        @Override Analysis evaluate(GGcK q) {
            return Analysis.ofMeanWait(q, this, Approximations.allenCunneen(q.arrivalRate(), q.meanService(),
                    q.arrival().scv(), q.service().scv(), q.servers()));
        }
    },
    KINGMAN("kingman", "G/G/1 approximation (Kingman 1961); infinite when E[S^2] is") {
        @Override public String unsuitable(GGcK q) { return q.servers() == 1 ? null : "needs --servers 1"; }
        @Override Analysis evaluate(GGcK q) {
            return Analysis.ofMeanWait(q, this, Approximations.kingman(q.arrivalRate(), q.meanService(),
                    q.arrival().scv(), q.service().scv()));
        }
    },
    HEAVY_TAIL("heavy-tail", "pareto/lomax service, infinite variance: finite mean wait? (Scheller-Wolf 2003)") {
        @Override public String unsuitable(GGcK q) {
            return tailIndex(q.service()) > 0 && q.infiniteServiceVariance() ? null
                    : "needs pareto(...) or lomax(...) service with alpha <= 2";
        }
        @Override Analysis evaluate(GGcK q) {
            double alpha = tailIndex(q.service());
            String why = HeavyTail.explain(alpha, q.servers(), q.offeredLoad());
            String label = "heavy tail, Scheller-Wolf (2003) finiteness condition";
            if (HeavyTail.meanWaitFinite(alpha, q.servers(), q.offeredLoad())) {
                // Finite but unknown: null with a note, never an Estimate (which would claim a value or infinity).
                return Analysis.of(q, this, label, q.utilization(), null, null,
                        "finite but no analytic value (E[S^2] = inf defeats every two-moment formula): " + why
                                + "; run simulate", null, null, null);
            }
            Estimate w = Estimate.infinite(label, why);
            return Analysis.of(q, this, label, q.utilization(), null, new Estimate[]{w, w, w}, null, null, null, null);
        }
    };

    /** The default rule in words, for help texts: the same rule {@link #defaultFor} applies. */
    public static final String RULE = "with --capacity: mmck (exponential arrivals and service); "
            + "otherwise exact where it exists (erlang-c for exp/exp incl. M/M/1, pk for M/G/1), "
            + "then heavy-tail for pareto/lomax service with infinite variance on c > 1, "
            + "then cosmetatos (M/D/c), kimura (M/G/c with service SCV <= 2), allen-cunneen (M/G/c with SCV > 2, "
            + "where kimura under-estimates: data/reality-gap.csv), kingman (G/G/1), allen-cunneen (G/G/c)";

    private final String id;
    private final String description;

    AnalyticMethod(String id, String description) {
        this.id = id;
        this.description = description;
    }

    /** The method's name, e.g. {@code "erlang-c"}: what {@link #named} and {@code analyze --method} accept. */
    public String id() { return id; }

    /** One line: what the method is and where it is exact. */
    public String description() { return description; }

    /** Null when the method applies to this queue, else what it needs, e.g. "needs --capacity K". */
    public abstract String unsuitable(GGcK q);

    /** The method's results; call through {@link GGcK#analyze(AnalyticMethod)}, which checks fit and stability. */
    abstract Analysis evaluate(GGcK q);

    /** The method with this {@link #id()} (any case); unknown names fail listing the known ones. */
    public static AnalyticMethod named(String name) {
        Check.notNull("--method", name);
        for (AnalyticMethod m : values()) if (m.id.equalsIgnoreCase(name.strip())) return m;
        throw new IllegalArgumentException("--method = " + name + " is invalid: it must be one of " + names()
                + "; see analyze --help");
    }

    /**
     * The method behind a mean-wait {@link Estimate}'s label (e.g. {@link Approximations#ALLEN_CUNNEEN}, what a
     * capacity plan's evaluation names), to look it up on the reality-gap map; empty for labels of other methods.
     */
    public static Optional<AnalyticMethod> labelled(String label) {
        Check.notNull("label", label);
        return Optional.ofNullable(switch (label) {
            case Approximations.ERLANG_C -> ERLANG_C;
            case Approximations.PK -> PK;
            case Approximations.KIMURA -> KIMURA;
            case Approximations.LEE_LONGTON -> LEE_LONGTON;
            case Approximations.COSMETATOS -> COSMETATOS;
            case Approximations.ALLEN_CUNNEEN -> ALLEN_CUNNEEN;
            case Approximations.KINGMAN -> KINGMAN;
            default -> null;
        });
    }

    /** Every method's id, comma-separated, in declaration order. */
    public static String names() {
        return Arrays.stream(values()).map(AnalyticMethod::id).collect(Collectors.joining(", "));
    }

    /** The rule stated in the class comment and in {@link #RULE}. */
    public static AnalyticMethod defaultFor(GGcK q) {
        if (q.hasCapacity()) {
            if (q.poissonArrivals() && q.exponentialService()) return MMCK;
            throw new IllegalArgumentException("--capacity " + q.capacity() + " with non-exponential arrivals or "
                    + "service has no exact method here; pass --method mmck for the exponential approximation, or "
                    + "run 'simulate' with the same options");
        }
        if (q.poissonArrivals() && q.exponentialService()) return ERLANG_C;
        if (q.poissonArrivals() && q.servers() == 1) return PK;
        if (q.servers() == 1) return KINGMAN;
        if (q.infiniteServiceVariance()) {
            if (HEAVY_TAIL.unsuitable(q) == null) return HEAVY_TAIL;
            throw new IllegalArgumentException("--service '" + q.service().spec() + "' has infinite variance, so no "
                    + "two-moment method applies on " + q.servers() + " servers; run 'simulate' instead");
        }
        if (q.poissonArrivals() && q.deterministicService()) return COSMETATOS;
        if (q.poissonArrivals() && q.service().scv() <= Approximations.KIMURA_MAX_SCV) return KIMURA;
        return ALLEN_CUNNEEN;
    }

    private static String mgc(GGcK q) {
        if (!q.poissonArrivals()) return "needs exp(...) arrivals (use allen-cunneen for G/G/c)";
        return finiteVariance(q);
    }

    private static String finiteVariance(GGcK q) {
        return q.infiniteServiceVariance() ? "needs finite service variance (this service has E[S^2] = inf)" : null;
    }

    /** The tail index alpha of a Pareto or Lomax service, else -1. */
    private static double tailIndex(Distribution d) {
        if (d instanceof Lomax l) return l.alpha();
        if (d instanceof Pareto p) return p.alpha();
        return -1;
    }
}
