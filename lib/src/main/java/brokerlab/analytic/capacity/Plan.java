package brokerlab.analytic.capacity;

import java.util.Optional;

/**
 * The planner's answer: the smallest server count meeting the target, what it achieves, and — as the proof of
 * minimality — what one server fewer achieves (empty when {@code servers} is already the search's lower limit,
 * e.g. the stability minimum).
 */
public record Plan(int servers, Evaluation achieved, Optional<Evaluation> oneFewer, String target, String search) {
    @Override public String toString() {
        return "c = " + servers + " meets " + target + ": " + achieved
                + oneFewer.map(e -> "; c = " + (servers - 1) + " gives " + e).orElse("") + " [" + search + "]";
    }
}
