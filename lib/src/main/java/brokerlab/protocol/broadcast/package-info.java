/**
 * Group broadcast with three delivery orders, unordered, FIFO and causal (vector clocks), on the simulated
 * network with reordering and loss ({@link brokerlab.protocol.broadcast.BroadcastGroup}), counting what
 * subscribers see: deliveries that come before something they causally depend on
 * ({@link brokerlab.protocol.broadcast.BroadcastResult}). Causal order makes that count zero by construction; the
 * tests check it against an independent ground truth.
 */
package brokerlab.protocol.broadcast;
