package brokerlab.protocol;

/**
 * One planted bug (a mutant) and what caught it: the first targeted scenario whose checker found a violation, and
 * the first of the random fault plans that did (or -1 if none of {@code randomPlans} did).
 *
 * @param protocol    the protocol's name, e.g. {@code "raft"}
 * @param mutant      the bug's name, e.g. {@code "COMMIT_OLD_TERM"}
 * @param description what the one-line change does
 * @param scenario    the first targeted scenario that caught it, or "" if none did
 * @param randomPlans random fault plans tried
 * @param randomCatch index of the first random plan that caught it, or -1
 * @param violation   the first violation found, or "" if none
 */
public record MutantResult(String protocol, String mutant, String description, String scenario, int randomPlans,
                           int randomCatch, String violation) {

    /** Some scenario or random plan made the checker report a violation. */
    public boolean caught() {
        return !scenario.isEmpty() || randomCatch >= 0;
    }
}
