package brokerlab.cli;

import brokerlab.analytic.Approximations;
import brokerlab.analytic.Estimate;
import brokerlab.analytic.HeavyTail;
import brokerlab.analytic.MG1;
import brokerlab.analytic.MMc;
import brokerlab.analytic.MMcK;
import brokerlab.analytic.ServiceTransform;
import brokerlab.dist.Deterministic;
import brokerlab.dist.Distribution;
import brokerlab.dist.Erlang;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.dist.Lomax;
import brokerlab.dist.Pareto;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The analytic methods {@code analyze --method NAME} can use, each with the queues it is valid for. Formulas and
 * sources live in {@code brokerlab.analytic}; this enum only chooses and checks.
 *
 * <p>Default rule ({@link #defaultFor}): with a capacity, M/M/c/K when arrivals and service are exponential;
 * otherwise exact where a closed form exists (Erlang C for M/M/c including M/M/1, Pollaczek–Khinchine for M/G/1),
 * then for heavy-tailed service on several servers the Scheller-Wolf finiteness condition, then the approximation
 * {@link Approximations#best} would pick: Cosmetatos for M/D/c, Kimura for M/G/c, Kingman for G/G/1,
 * Allen–Cunneen for G/G/c.
 */
enum AnalyticMethod {
    ERLANG_C("erlang-c", "M/M/c exact (Erlang C), M/M/1 included; response percentiles in closed form") {
        @Override String unsuitable(QueueSpec q) {
            return q.poissonArrivals() && q.exponentialService() ? null : "needs exp(...) arrivals and service";
        }
        @Override AnalyticResult evaluate(QueueSpec q) {
            MMc m = new MMc(q.arrivalRate(), q.serviceRate(), q.servers());
            String label = m.metrics().method();
            return new AnalyticResult(label, m.utilization(), m.waitProbability(), Estimate.of(m.meanWait(), label),
                    Estimate.of(m.meanResponse(), label), Estimate.of(m.meanQueueLength(), label),
                    new double[]{m.responsePercentile(0.5), m.responsePercentile(0.95), m.responsePercentile(0.99)},
                    "M/M/c response CDF in closed form, inverted by Brent (exact)", null, null);
        }
    },
    MMCK("mmck", "M/M/c/K birth-death chain, exact for exponential arrivals and service (else labelled an approximation)") {
        @Override String unsuitable(QueueSpec q) {
            return q.hasCapacity() ? null : "needs --capacity K";
        }
        @Override AnalyticResult evaluate(QueueSpec q) {
            MMcK m = new MMcK(q.arrivalRate(), q.serviceRate(), q.servers(), q.capacity());
            var metrics = m.metrics();
            String label = q.poissonArrivals() && q.exponentialService() ? metrics.method()
                    : "M/M/c/K (approximation: exponential arrivals and service assumed, SCVs ignored)";
            return new AnalyticResult(label, metrics.utilization(), metrics.waitProbability(),
                    Estimate.of(metrics.meanWait(), label), Estimate.of(metrics.meanResponse(), label),
                    Estimate.of(metrics.meanQueueLength(), label), null, null, m.blockingProbability(), null);
        }
    },
    PK("pk", "M/G/1 exact (Pollaczek–Khinchine); percentiles for exp, det, erlang, hyperexp service") {
        @Override String unsuitable(QueueSpec q) {
            return q.poissonArrivals() && q.servers() == 1 ? null : "needs exp(...) arrivals and --servers 1";
        }
        @Override AnalyticResult evaluate(QueueSpec q) {
            ServiceTransform transform = transform(q.service());
            MG1 m = transform != null ? MG1.of(q.arrivalRate(), transform) : MG1.of(q.arrivalRate(), q.service());
            Estimate w = m.meanWait();
            double alpha = tailIndex(q.service());
            if (!w.isFinite() && alpha > 0) {
                w = Estimate.infinite(w.method(), String.format(Locale.ROOT, "E[S^2] = inf (%s alpha = %.4g <= 2), "
                        + "so the Pollaczek–Khinchine mean wait diverges", q.service().spec().replaceAll("\\(.*", ""), alpha));
            }
            double[] p = transform == null || !w.isFinite() ? null : new double[]{m.responsePercentile(0.5).value(),
                    m.responsePercentile(0.95).value(), m.responsePercentile(0.99).value()};
            return new AnalyticResult("M/G/1, " + w.method(), m.utilization(), m.waitProbability(), w,
                    w.plus(q.meanService()), w.times(q.arrivalRate()), p, p == null ? null : MG1.INVERSION, null, null);
        }
    },
    KIMURA("kimura", "M/G/c approximation (Kimura 1994 system interpolation)") {
        @Override String unsuitable(QueueSpec q) { return mgc(q); }
        @Override AnalyticResult evaluate(QueueSpec q) {
            return AnalyticResult.ofMeanWait(q, Approximations.kimura(q.arrivalRate(), q.meanService(),
                    q.service().scv(), q.servers()));
        }
    },
    LEE_LONGTON("lee-longton", "M/G/c approximation (Lee & Longton 1959)") {
        @Override String unsuitable(QueueSpec q) { return mgc(q); }
        @Override AnalyticResult evaluate(QueueSpec q) {
            return AnalyticResult.ofMeanWait(q, Approximations.leeLongton(q.arrivalRate(), q.meanService(),
                    q.service().scv(), q.servers()));
        }
    },
    COSMETATOS("cosmetatos", "M/D/c approximation (Cosmetatos 1976)") {
        @Override String unsuitable(QueueSpec q) {
            String mgc = mgc(q);
            return mgc != null ? mgc : q.deterministicService() ? null : "needs det(...) service";
        }
        @Override AnalyticResult evaluate(QueueSpec q) {
            return AnalyticResult.ofMeanWait(q, Approximations.cosmetatos(q.arrivalRate(), q.meanService(), q.servers()));
        }
    },
    ALLEN_CUNNEEN("allen-cunneen", "G/G/c approximation (Allen & Cunneen 1980)") {
        @Override String unsuitable(QueueSpec q) { return finiteVariance(q); }
        @Override AnalyticResult evaluate(QueueSpec q) {
            return AnalyticResult.ofMeanWait(q, Approximations.allenCunneen(q.arrivalRate(), q.meanService(),
                    q.arrival().scv(), q.service().scv(), q.servers()));
        }
    },
    KINGMAN("kingman", "G/G/1 approximation (Kingman 1961); infinite when E[S^2] is") {
        @Override String unsuitable(QueueSpec q) { return q.servers() == 1 ? null : "needs --servers 1"; }
        @Override AnalyticResult evaluate(QueueSpec q) {
            return AnalyticResult.ofMeanWait(q, Approximations.kingman(q.arrivalRate(), q.meanService(),
                    q.arrival().scv(), q.service().scv()));
        }
    },
    HEAVY_TAIL("heavy-tail", "pareto/lomax service, infinite variance: finite mean wait? (Scheller-Wolf 2003)") {
        @Override String unsuitable(QueueSpec q) {
            return tailIndex(q.service()) > 0 && q.infiniteServiceVariance() ? null
                    : "needs pareto(...) or lomax(...) service with alpha <= 2";
        }
        @Override AnalyticResult evaluate(QueueSpec q) {
            double alpha = tailIndex(q.service());
            String why = HeavyTail.explain(alpha, q.servers(), q.offeredLoad());
            String label = "heavy tail, Scheller-Wolf (2003) finiteness condition";
            if (HeavyTail.meanWaitFinite(alpha, q.servers(), q.offeredLoad())) {
                // Finite but unknown: null with a note, never an Estimate (which would claim a value or infinity).
                return new AnalyticResult(label, q.utilization(), null, null, null, null, null, null, null,
                        "finite but no analytic value (E[S^2] = inf defeats every two-moment formula): " + why
                                + "; run simulate");
            }
            Estimate w = Estimate.infinite(label, why);
            return new AnalyticResult(label, q.utilization(), null, w, w, w, null, null, null, null);
        }
    };

    final String cliName;
    final String description;

    AnalyticMethod(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** Null when the method applies to this queue, else what it needs. */
    abstract String unsuitable(QueueSpec q);

    abstract AnalyticResult evaluate(QueueSpec q);

    static AnalyticMethod byName(String name) {
        for (AnalyticMethod m : values()) if (m.cliName.equalsIgnoreCase(name)) return m;
        throw new IllegalArgumentException("--method = " + name + " is invalid: it must be one of " + names()
                + "; see analyze --help");
    }

    static String names() {
        return Arrays.stream(values()).map(m -> m.cliName).collect(Collectors.joining(", "));
    }

    /** The rule stated in the class comment and in {@code analyze --help}. */
    static AnalyticMethod defaultFor(QueueSpec q) {
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
        if (q.poissonArrivals()) return KIMURA;
        return ALLEN_CUNNEEN;
    }

    private static String mgc(QueueSpec q) {
        if (!q.poissonArrivals()) return "needs exp(...) arrivals (use allen-cunneen for G/G/c)";
        return finiteVariance(q);
    }

    private static String finiteVariance(QueueSpec q) {
        return q.infiniteServiceVariance() ? "needs finite service variance (this service has E[S^2] = inf)" : null;
    }

    /** The tail index alpha of a Pareto or Lomax service, else -1. */
    private static double tailIndex(Distribution d) {
        if (d instanceof Lomax l) return l.alpha();
        if (d instanceof Pareto p) return p.alpha();
        return -1;
    }

    /** The closed-form service transform MG1 needs for percentiles, or null when there is none. */
    private static ServiceTransform transform(Distribution d) {
        if (d instanceof Exponential e) return new ServiceTransform.Exponential(e.rate());
        if (d instanceof Deterministic x) return new ServiceTransform.Deterministic(x.value());
        if (d instanceof Erlang e) return new ServiceTransform.Erlang(e.k(), e.mean());
        if (d instanceof Hyperexponential h) {
            return new ServiceTransform.Hyperexponential(new double[]{h.p1(), 1 - h.p1()}, new double[]{h.rate1(), h.rate2()});
        }
        return null;
    }
}
