package brokerlab.protocol.pbft;

import brokerlab.util.Check;

/**
 * PBFT timers in ms: a client that has no f+1 matching replies after {@code clientTimeout} broadcasts its
 * request to every replica; a replica holding a request it has not executed after {@code viewChangeTimeout}
 * suspects the primary and starts a view change (the timeout doubles for each further view, Castro and Liskov
 * 1999, section 4.5.2).
 */
public record PbftConfig(double clientTimeout, double viewChangeTimeout) {
    public PbftConfig {
        Check.positive("clientTimeout", clientTimeout);
        Check.positive("viewChangeTimeout", viewChangeTimeout);
    }

    public static PbftConfig defaults() {
        return new PbftConfig(100, 200);
    }
}
