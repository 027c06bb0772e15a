package brokerlab.control;

import brokerlab.stats.ConfidenceInterval;

/**
 * A simulated tandem line, 95% intervals over replications: the SCV of the inter-departure times after each
 * stage, and stage 2's mean wait (seconds).
 */
public record TandemEstimate(ConfidenceInterval departureScv1, ConfidenceInterval departureScv2,
                             ConfidenceInterval meanWait2, String method) {}
