package brokerlab.protocol.broadcast;

/**
 * When a subscriber may hand a received broadcast to its application. {@code UNORDERED}: at once.
 * {@code FIFO}: after every earlier message from the same sender (per-sender sequence numbers). {@code CAUSAL}:
 * after every message that causally precedes it, by the vector-clock delivery condition of Birman, Schiper and
 * Stephenson ("Lightweight causal and atomic group multicast", ACM TOCS 1991): deliver m from s when
 * {@code V(m)[s] = D[s] + 1} and {@code V(m)[k] <= D[k]} for every other k, where D counts what this subscriber
 * has delivered from each sender.
 */
public enum DeliveryOrder { UNORDERED, FIFO, CAUSAL }
