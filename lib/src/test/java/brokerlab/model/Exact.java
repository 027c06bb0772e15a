package brokerlab.model;

/** Closed forms the tests compare with, written out here so that they do not depend on brokerlab.analytic. */
final class Exact {
    private Exact() {}

    /**
     * Erlang C, the probability of waiting in M/M/c with offered load a = lambda/mu (Kleinrock vol. 1 §3.5):
     * C = (a^c/c!)(c/(c−a)) / (sum_{k<c} a^k/k! + (a^c/c!)(c/(c−a))).
     */
    static double erlangC(int c, double a) {
        double term = 1, sum = 0;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term * c / (c - a);
        return last / (sum + last);
    }

    /** M/M/c mean wait in queue: Wq = C(c, a) / (c mu − lambda). */
    static double mmcWait(double lambda, double mu, int c) {
        return erlangC(c, lambda / mu) / (c * mu - lambda);
    }

    /** Stationary distribution of M/M/c/K from the birth–death balance p_n lambda = p_{n+1} mu min(n+1, c). */
    static double[] mmck(double lambda, double mu, int c, int k) {
        double[] p = new double[k + 1];
        p[0] = 1;
        double sum = 1;
        for (int n = 1; n <= k; n++) {
            p[n] = p[n - 1] * lambda / (mu * Math.min(n, c));
            sum += p[n];
        }
        for (int n = 0; n <= k; n++) p[n] /= sum;
        return p;
    }
}
