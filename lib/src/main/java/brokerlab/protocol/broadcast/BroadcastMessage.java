package brokerlab.protocol.broadcast;

import java.util.BitSet;

/**
 * One broadcast: its id in the run, its {@code sender} and per-sender sequence number {@code seq} (from 1), the
 * vector {@code clock} the causal order delivers by (what the sender had delivered from each member, with its own
 * entry = seq), and, as ground truth for counting violations, {@code deps}: the ids of every message that causally
 * precedes it (everything its sender had delivered or sent before it). Shared read-only by all members.
 */
record BroadcastMessage(int id, int sender, int seq, int[] clock, BitSet deps, double sentAt) { }
