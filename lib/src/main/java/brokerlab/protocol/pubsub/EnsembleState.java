package brokerlab.protocol.pubsub;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the coordination ensemble agrees on, replaced whole at each change (like one znode written with its
 * version): the broker epoch and its primary (-1 while no in-sync broker is live), the in-sync set and the brokers
 * whose sessions are live. {@code version} orders the states: the ensemble epoch in the high 32 bits, the leader's
 * proposal counter in the low ones, so a state proposed by a newer ensemble leader always wins.
 */
record EnsembleState(long version, int epoch, int primary, Set<Integer> isr, Set<Integer> live) {
    EnsembleState {
        isr = Collections.unmodifiableSet(new TreeSet<>(isr));
        live = Collections.unmodifiableSet(new TreeSet<>(live));
    }

    EnsembleState version(long v) { return new EnsembleState(v, epoch, primary, isr, live); }

    EnsembleState withLive(Set<Integer> l) { return new EnsembleState(version, epoch, primary, isr, l); }

    EnsembleState withIsr(Set<Integer> s) { return new EnsembleState(version, epoch, primary, s, live); }

    /** A new broker epoch led by {@code p} (or none, -1). */
    EnsembleState appoint(int p) { return new EnsembleState(version, epoch + 1, p, isr, live); }
}
