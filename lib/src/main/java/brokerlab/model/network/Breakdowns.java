package brokerlab.model.network;

import brokerlab.dist.Distribution;
import brokerlab.util.Check;

/**
 * Time-based failures of one server: the server works for an up time drawn from {@code upTime} (whether busy or
 * idle), then is down for a repair time drawn from {@code repairTime}, and so on, independently of the other
 * servers. A job in service when its server fails stays on that server and resumes where it stopped once the
 * server is repaired (preemptive-resume, the discipline of Avi-Itzhak &amp; Naor 1963 and
 * Mitrany &amp; Avi-Itzhak 1968, "A many-server queue with service interruptions", Operations Research 16(3)).
 *
 * <p>By the renewal-reward theorem the long-run fraction of time a server is up is
 * A = MTTF / (MTTF + MTTR) (e.g. Trivedi, <i>Probability and Statistics with Reliability, Queuing and Computer
 * Science Applications</i>, 2nd ed., 2002, section 8.4), whatever the two distributions; a station of c such
 * servers completes at most c A / E[S] jobs per unit time.
 *
 * @param upTime     time to failure (MTTF is its mean)
 * @param repairTime time to repair (MTTR is its mean)
 */
public record Breakdowns(Distribution upTime, Distribution repairTime) {
    public Breakdowns {
        Check.notNull("upTime", upTime);
        Check.notNull("repairTime", repairTime);
    }

    /** A = MTTF / (MTTF + MTTR). */
    public double availability() {
        return upTime.mean() / (upTime.mean() + repairTime.mean());
    }
}
