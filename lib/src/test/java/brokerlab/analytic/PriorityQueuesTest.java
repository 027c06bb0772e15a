package brokerlab.analytic;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PriorityQueuesTest {
    @Test
    void oneClassReducesToErlangCAndPollaczekKhinchine() {
        // M/M/3, lambda 0.2, mu 0.1: C(3, 2) = 4/9, Wq = (4/9)/(0.3 - 0.2) = 4.444
        assertEquals(40.0 / 9, PriorityQueues.mmcNonPreemptiveWait(new double[] {0.2}, 0.1, 3)[0], 1e-12);
        assertEquals(40.0 / 9 + 10, PriorityQueues.mmcPreemptiveResumeResponse(new double[] {0.2}, 0.1, 3)[0], 1e-9);
        // M/D/1, lambda 0.5, D = 1: P-K Wq = lambda D^2 / (2 (1 - rho)) = 0.5
        assertEquals(0.5, PriorityQueues.mg1NonPreemptiveWait(new double[] {0.5}, new double[] {1}, new double[] {1})[0], 1e-12);
    }

    @Test
    void nonPreemptiveMmcWaitsAverageToTheFcfsWaitBecauseOrderDoesNotChangeTheTotal() {
        // Equal exponential service: the number in system does not depend on the order of service, so the
        // arrival-weighted average wait equals M/M/c FCFS (Kleinrock's conservation law).
        double[] lambda = {0.3, 0.5, 0.7};
        double[] w = PriorityQueues.mmcNonPreemptiveWait(lambda, 1.0, 2);
        double weighted = (0.3 * w[0] + 0.5 * w[1] + 0.7 * w[2]) / 1.5;
        assertEquals(new MMc(1.5, 1.0, 2).meanWait(), weighted, 1e-12);
        assertTrue(w[0] < w[1] && w[1] < w[2], "higher priority waits less");
    }

    @Test
    void preemptiveMmcResponsesAverageToTheFcfsResponse() {
        double[] lambda = {0.4, 0.9};
        double[] t = PriorityQueues.mmcPreemptiveResumeResponse(lambda, 1.0, 2);
        assertEquals(new MMc(1.3, 1.0, 2).meanResponse(), (0.4 * t[0] + 0.9 * t[1]) / 1.3, 1e-12);
        // the top class sees an M/M/2 of its own
        assertEquals(new MMc(0.4, 1.0, 2).meanResponse(), t[0], 1e-12);
    }

    @Test
    void mg1NonPreemptiveSatisfiesTheWorkConservationLaw() {
        // Kleinrock: sum_k rho_k W_k = rho W0 / (1 - rho) for any work-conserving non-preemptive discipline.
        double[] lambda = {0.2, 0.3}, es = {1.0, 1.5}, es2 = {2.0, 9.0};
        double[] w = PriorityQueues.mg1NonPreemptiveWait(lambda, es, es2);
        double rho = 0.2 + 0.45, w0 = (0.2 * 2.0 + 0.3 * 9.0) / 2;
        assertEquals(rho * w0 / (1 - rho), 0.2 * w[0] + 0.45 * w[1], 1e-12);
    }

    @Test
    void mg1PreemptiveTopClassIsAnMG1OfItsOwn() {
        // class 0 never sees class 1: T_0 = E[S] + lambda E[S^2] / (2 (1 - rho_0))
        double[] t = PriorityQueues.mg1PreemptiveResumeResponse(new double[] {0.2, 0.3}, new double[] {1.0, 1.5}, new double[] {2.0, 9.0});
        assertEquals(1.0 + 0.2 * 2.0 / (2 * 0.8), t[0], 1e-12);
    }

    @Test
    void unstableLoadAndInfiniteMomentsFailNamingTheParameter() {
        var unstable = assertThrows(IllegalArgumentException.class,
                () -> PriorityQueues.mmcNonPreemptiveWait(new double[] {1, 1.5}, 1.0, 2));
        assertTrue(unstable.getMessage().contains("unstable"), unstable.getMessage());
        var infinite = assertThrows(IllegalArgumentException.class, () -> PriorityQueues.mg1NonPreemptiveWait(
                new double[] {0.1}, new double[] {1}, new double[] {Double.POSITIVE_INFINITY}));
        assertTrue(infinite.getMessage().startsWith("secondMoment[0]"), infinite.getMessage());
    }
}
