package brokerlab.measure;

import brokerlab.util.Check;

/**
 * One message of a measurement: its sequence number and the service time drawn for it when it was sent. The
 * service time travels with the message (as a real task carries its size), so the worker that takes it serves
 * exactly the k-th draw of the service stream, whichever worker that is: the draws a simulation of the same seed
 * uses, in the same order (common random numbers). On the wire it is the text {@code "id:serviceNanos"}.
 *
 * @param id           0, 1, 2, ... in sending order (warm-up included)
 * @param serviceNanos the drawn service time, in nanoseconds
 */
public record Task(long id, long serviceNanos) {
    public Task {
        Check.atLeast("id", id, 0L);
        Check.atLeast("serviceNanos", serviceNanos, 0L);
    }

    public String encode() {
        return id + ":" + serviceNanos;
    }

    /** Reads {@link #encode()}'s form; anything else fails naming the text. */
    public static Task decode(String text) {
        int colon = text == null ? -1 : text.indexOf(':');
        try {
            if (colon > 0) return new Task(Long.parseLong(text, 0, colon, 10), Long.parseLong(text, colon + 1, text.length(), 10));
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw Check.fail("message", "\"" + text + "\"", "it is not a BrokerLab task (id:serviceNanos)",
                "use a queue name no other program writes to");
    }
}
