package brokerlab.protocol.quorum;

import java.util.List;

/**
 * A coordinator's answer to a client: {@code ok} when the quorum was reached (R replies for a get, W
 * acknowledgements for a put) before the request timeout; for a get, the reconciled {@code versions} (several
 * siblings under vector clocks, at most one under last-writer-wins); for a put, the version {@code written}.
 * A put that is not ok may still have been stored by some replicas.
 */
public record StoreReply(boolean ok, List<Version> versions, Version written) {
    public StoreReply {
        versions = List.copyOf(versions);
    }

    static StoreReply failed() { return new StoreReply(false, List.of(), null); }
}
