package brokerlab.protocol.theory;

import brokerlab.util.Check;

/**
 * Raft leader election after a leader failure (Ongaro and Ousterhout 2014, section 5.2 and 9.3): each of the m
 * surviving followers times out after a uniform draw from [T, 2T] since the last heartbeat it received.
 * <ul>
 *   <li>The first timeout among m independent U[T, 2T] comes at E[min] = T + T/(m+1) after the last
 *       heartbeat (the minimum of m uniforms on an interval of length T has mean T/(m+1)).</li>
 *   <li>A second follower becomes a competing candidate if its timer fires less than w (the time for the first
 *       candidate's RequestVote to reach it) after the first. The spacing between the two smallest of m
 *       uniforms exceeds w with probability (1 - w/T)^m (spacings are exchangeable, and the first spacing is
 *       the minimum), so P(competition) = 1 - (1 - w/T)^m: near 1 when T is close to w, which is why Raft needs
 *       T much larger than the broadcast time. It bounds the split-vote probability from above.</li>
 * </ul>
 */
public final class ElectionTime {
    private ElectionTime() {}

    /** E[min of m U[T, 2T]] = T + T/(m+1). */
    public static double expectedFirstTimeout(double timeout, int followers) {
        Check.positive("timeout", timeout);
        Check.atLeast("followers", followers, 1);
        return timeout + timeout / (followers + 1);
    }

    /** E[min of m U[T, T + range]] = T + range/(m+1). */
    public static double expectedFirstTimeout(double timeout, double range, int followers) {
        Check.positive("timeout", timeout);
        Check.positive("range", range);
        Check.atLeast("followers", followers, 1);
        return timeout + range / (followers + 1);
    }

    /** P(the two earliest of m U[T,2T] timers fire within w of each other) = 1 - (1 - w/T)^m. */
    public static double competingCandidateProbability(double timeout, int followers, double window) {
        Check.positive("timeout", timeout);
        Check.atLeast("followers", followers, 1);
        Check.nonNegative("window", window);
        if (followers == 1) return 0;
        double x = Math.min(1, window / timeout);
        return 1 - Math.pow(1 - x, followers);
    }

    /**
     * Timers uniform on [T, T + range] and a random window w (e.g. the candidate's forced write plus a one-way
     * delay): P(competition) = E[1 - (1 - w/range)^m], averaged over the lattice distribution of w.
     */
    public static double competingCandidateProbability(double range, int timers, GridDistribution window) {
        Check.positive("range", range);
        Check.atLeast("timers", timers, 1);
        if (timers == 1) return 0;
        return window.expect(w -> 1 - Math.pow(1 - Math.min(1, w / range), timers));
    }

    /**
     * Expected time from a leader crash to a new leader, one election round assumed: the residual time to the
     * first timeout (timers were reset on average half a heartbeat interval before the crash), plus a
     * RequestVote round trip and the forced write of the vote and term.
     */
    public static double expectedFailover(double timeout, int followers, double heartbeat, double roundTrip, double fsync) {
        Check.positive("heartbeat", heartbeat);
        return expectedFirstTimeout(timeout, followers) - heartbeat / 2 + roundTrip + fsync;
    }
}
