package brokerlab.model.closed;

import brokerlab.util.Check;

/**
 * Asynchronous clients: a client submits a job, then asks "done?" every {@code interval} time units; it sees the
 * result at the first poll after completion (so its response is rounded up to a multiple of the interval), and
 * after {@code maxPolls} unanswered polls it gives up (abandons) and goes back to thinking. The abandoned job stays
 * in the system and may still be served: that service is wasted work. Polls themselves cost the servers nothing
 * (an assumption: a status read is much cheaper than the job).
 *
 * @param interval time between polls, the first one {@code interval} after submission
 * @param maxPolls polls before giving up; the client's timeout is interval x maxPolls
 */
public record Polling(double interval, int maxPolls) {
    public Polling {
        Check.positive("interval", interval);
        Check.atLeast("maxPolls", maxPolls, 1);
    }

    /** The longest a client waits before abandoning: interval x maxPolls. */
    public double timeout() {
        return interval * maxPolls;
    }
}
