package brokerlab.protocol;

import java.util.List;

/**
 * A protocol's planted-bug suite: each mutant (a one-line change: wrong quorum, missing term or ballot check,
 * missing truncation, acknowledgement before persistence, unsafe commit rule, ...) is run through the protocol's
 * targeted fault scenarios and random fault plans, and reported caught when its safety checker finds a violation.
 * The mutants themselves are package-private to each protocol: a suite reports on them, it never hands one out,
 * so no public model can run a broken protocol by accident.
 */
public interface MutantSuite {

    /** The protocol's name, e.g. {@code "raft"}. */
    String protocol();

    /** The names of the targeted scenarios, each of which must pass on the correct protocol. */
    List<String> scenarios();

    /** Violations the checker finds when the correct protocol runs scenario {@code name} (none, if it is correct). */
    List<String> scenario(String name);

    /** Every mutant, tried on every scenario and on up to {@code randomPlans} random fault plans until caught. */
    List<MutantResult> hunt(int randomPlans);
}
