package brokerlab.control;

import brokerlab.widget.CancelToken;

/** Simulates one operating point; stops with {@code RunCancelled} when the token says the point is stale. */
@FunctionalInterface
public interface PointSimulator {
    PointEstimate simulate(OperatingPoint point, CancelToken token);
}
