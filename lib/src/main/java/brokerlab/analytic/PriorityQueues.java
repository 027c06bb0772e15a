package brokerlab.analytic;

import brokerlab.util.Check;

/**
 * Mean waits and responses per priority class (class 0 highest; FCFS within a class), for Poisson arrivals.
 * Arrays are indexed by class; sigma_k = sum_{i&lt;=k} rho_i is the load of class k and everything above it.
 *
 * <ul>
 *   <li><b>M/G/1, non-preemptive</b> (Cobham 1954; Kleinrock, <i>Queueing Systems</i> vol. 2, 1976, §3.6):
 *       W_k = W0 / ((1 - sigma_{k-1})(1 - sigma_k)), W0 = sum_i lambda_i E[S_i^2] / 2, exact.</li>
 *   <li><b>M/G/1, preemptive-resume</b> (Kleinrock 1976, §3.7): T_k = E[S_k] / (1 - sigma_{k-1})
 *       + (sum_{i&lt;=k} lambda_i E[S_i^2] / 2) / ((1 - sigma_{k-1})(1 - sigma_k)), exact.</li>
 *   <li><b>M/M/c, non-preemptive, one service rate for all classes</b> (Cobham 1954; Gross &amp; Harris,
 *       <i>Fundamentals of Queueing Theory</i>, §3.4): W_k = C(c, a) / (c mu (1 - sigma_{k-1})(1 - sigma_k)),
 *       exact.</li>
 *   <li><b>M/M/c, preemptive-resume, one service rate</b>: classes 0..k never see lower classes, and with equal
 *       exponential rates their total number in system is an M/M/c queue at rate Lambda_k = sum_{i&lt;=k} lambda_i.
 *       By Little's law on the aggregate, T_k = (Lambda_k T(Lambda_k) - Lambda_{k-1} T(Lambda_{k-1})) / lambda_k
 *       with T(.) the M/M/c mean response (Bondi &amp; Buzen 1984), exact.</li>
 * </ul>
 * With class-dependent service rates on c &gt; 1 servers no simple exact result exists; these methods then do not
 * apply (use the simulation in {@code brokerlab.model.priority}).
 */
public final class PriorityQueues {
    private PriorityQueues() {}

    /** M/G/1 non-preemptive mean wait per class. */
    public static double[] mg1NonPreemptiveWait(double[] arrivalRates, double[] meanService, double[] secondMoment) {
        int n = checkClasses(arrivalRates, meanService, secondMoment);
        double w0 = 0, total = 0;
        for (int i = 0; i < n; i++) {
            w0 += arrivalRates[i] * secondMoment[i] / 2;
            total += arrivalRates[i] * meanService[i];
        }
        Check.stable("utilisation (all classes)", total);
        double[] w = new double[n];
        double above = 0;
        for (int k = 0; k < n; k++) {
            double sigma = above + arrivalRates[k] * meanService[k];
            w[k] = w0 / ((1 - above) * (1 - sigma));
            above = sigma;
        }
        return w;
    }

    /** M/G/1 preemptive-resume mean response per class. */
    public static double[] mg1PreemptiveResumeResponse(double[] arrivalRates, double[] meanService, double[] secondMoment) {
        int n = checkClasses(arrivalRates, meanService, secondMoment);
        double total = 0;
        for (int i = 0; i < n; i++) total += arrivalRates[i] * meanService[i];
        Check.stable("utilisation (all classes)", total);
        double[] t = new double[n];
        double above = 0, residual = 0;
        for (int k = 0; k < n; k++) {
            double sigma = above + arrivalRates[k] * meanService[k];
            residual += arrivalRates[k] * secondMoment[k] / 2;
            t[k] = meanService[k] / (1 - above) + residual / ((1 - above) * (1 - sigma));
            above = sigma;
        }
        return t;
    }

    /** M/M/c non-preemptive mean wait per class, all classes served at rate mu. */
    public static double[] mmcNonPreemptiveWait(double[] arrivalRates, double serviceRate, int servers) {
        double total = checkRates(arrivalRates, serviceRate, servers);
        double capacity = servers * serviceRate;
        double c = ErlangC.waitProbability(servers, total / serviceRate);
        double[] w = new double[arrivalRates.length];
        double above = 0;
        for (int k = 0; k < w.length; k++) {
            double sigma = above + arrivalRates[k] / capacity;
            w[k] = c / (capacity * (1 - above) * (1 - sigma));
            above = sigma;
        }
        return w;
    }

    /** M/M/c non-preemptive mean response per class: wait plus 1/mu. */
    public static double[] mmcNonPreemptiveResponse(double[] arrivalRates, double serviceRate, int servers) {
        double[] w = mmcNonPreemptiveWait(arrivalRates, serviceRate, servers);
        for (int k = 0; k < w.length; k++) w[k] += 1 / serviceRate;
        return w;
    }

    /** M/M/c preemptive-resume mean response per class, all classes served at rate mu. */
    public static double[] mmcPreemptiveResumeResponse(double[] arrivalRates, double serviceRate, int servers) {
        checkRates(arrivalRates, serviceRate, servers);
        double[] t = new double[arrivalRates.length];
        double cumulative = 0, previousWork = 0;   // Lambda_{k-1} T(Lambda_{k-1}) = mean number of classes above k
        for (int k = 0; k < t.length; k++) {
            cumulative += arrivalRates[k];
            double work = cumulative * new MMc(cumulative, serviceRate, servers).meanResponse();
            t[k] = (work - previousWork) / arrivalRates[k];
            previousWork = work;
        }
        return t;
    }

    private static double checkRates(double[] arrivalRates, double serviceRate, int servers) {
        Check.notNull("arrivalRates", arrivalRates);
        if (arrivalRates.length == 0) throw Check.fail("arrivalRates", "[]", "at least one class is needed", null);
        Check.positive("serviceRate", serviceRate);
        Check.atLeast("servers", servers, 1);
        double total = 0;
        for (int k = 0; k < arrivalRates.length; k++) total += Check.positive("arrivalRates[" + k + "]", arrivalRates[k]);
        Check.stable("utilisation (all classes)", total / (servers * serviceRate));
        return total;
    }

    private static int checkClasses(double[] arrivalRates, double[] meanService, double[] secondMoment) {
        Check.notNull("arrivalRates", arrivalRates);
        int n = arrivalRates.length;
        if (n == 0 || meanService.length != n || secondMoment.length != n) {
            throw Check.fail("classes", n, "arrivalRates, meanService and secondMoment need one entry per class",
                    "pass arrays of equal, non-zero length");
        }
        for (int k = 0; k < n; k++) {
            Check.positive("arrivalRates[" + k + "]", arrivalRates[k]);
            Check.positive("meanService[" + k + "]", meanService[k]);
            if (secondMoment[k] == Double.POSITIVE_INFINITY) {
                throw Check.fail("secondMoment[" + k + "]", "infinity", "every class's mean wait is infinite when one class has E[S^2] = infinity "
                        + "(e.g. Pareto alpha <= 2)", "compare percentiles by simulation instead");
            }
            if (!(secondMoment[k] >= meanService[k] * meanService[k])) {
                throw Check.fail("secondMoment[" + k + "]", secondMoment[k], "it must be >= meanService^2 (a variance is >= 0)",
                        "infinite second moments make the mean wait infinite");
            }
        }
        return n;
    }
}
