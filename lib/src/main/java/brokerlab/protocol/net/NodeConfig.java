package brokerlab.protocol.net;

import brokerlab.util.Check;

/**
 * Per-node resources, in milliseconds: {@code cpu} is the processing time of one received message (the node's
 * CPU is a FCFS single server, so a busy node delays every protocol message behind the backlog), and
 * {@code fsync} the time of one forced (durable) log write (the disk is a second FCFS server).
 * Typical values are assumptions: a few microseconds of CPU per small message, and an fsync of 0.05-0.1 ms on
 * a datacentre NVMe SSD with power-loss protection up to 2-10 ms on network block storage.
 */
public record NodeConfig(LinkDelay cpu, LinkDelay fsync) {
    public NodeConfig {
        Check.notNull("cpu", cpu);
        Check.notNull("fsync", fsync);
    }

    /** 5 microseconds of CPU per message, a 0.5 ms + exp(0.1 ms) fsync (cloud SSD block storage). */
    public static NodeConfig defaults() {
        return new NodeConfig(LinkDelay.fixed(0.005), LinkDelay.shiftedExponential(0.5, 0.1));
    }

    /** No CPU time: useful when comparing latency with theory that ignores processing. */
    public static NodeConfig noCpu(LinkDelay fsync) {
        return new NodeConfig(LinkDelay.fixed(0), fsync);
    }
}
