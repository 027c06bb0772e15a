package brokerlab.model;

/**
 * How the servers of a station share the jobs present.
 *
 * <ul>
 *   <li>{@link #FCFS}: first come, first served; a job holds one server alone until it finishes, later jobs
 *       wait in one queue (Kendall's default).</li>
 *   <li>{@link #PS}: processor sharing; the n jobs present share the c servers' capacity, each served at rate
 *       {@code min(1, c/n)} (threads time-slicing cores). M/G/1-PS is insensitive: E[T] = E[S]/(1 - rho) for any
 *       service distribution (Harchol-Balter 2013, ch. 22).</li>
 * </ul>
 */
public enum Discipline {
    FCFS,
    PS
}
