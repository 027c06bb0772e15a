package brokerlab.protocol;

/**
 * Run lengths for the protocol tests: fast by default, so the package stays well under a minute and a half;
 * {@code BROKERLAB_SLOW=1} runs the long sweeps (more random fault plans per mutant, more safety plans).
 */
public final class Budget {
    private Budget() {}

    public static final boolean SLOW = "1".equals(System.getenv("BROKERLAB_SLOW"));

    /** {@code fast} normally, {@code slow} when BROKERLAB_SLOW=1. */
    public static int of(int fast, int slow) {
        return SLOW ? slow : fast;
    }
}
