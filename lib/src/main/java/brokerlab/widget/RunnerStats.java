package brokerlab.widget;

/**
 * Counters of a {@link LatestRunner}: every submitted request either is skipped (replaced before it started),
 * or starts and then completes, fails, or is cancelled (replaced while running).
 *
 * @param maxConcurrent the most runs ever in progress at once (1 by construction: one worker thread)
 */
public record RunnerStats(long submitted, long skipped, long started, long completed, long failed, long cancelled,
                          int running, int maxConcurrent) {}
