package brokerlab.control;

import brokerlab.stats.ConfidenceInterval;

import java.util.Optional;

/**
 * The one-line answer to "can I trust the textbook here?": the M/M/c prediction (same arrival rate, mean service
 * and server count) against the simulated value at the 99th percentile, or at the mean where M/M/c has no
 * percentile (a buffer limit). Off means outside the simulation's 95% interval, and the factor is the ratio of
 * the simulated estimate to the M/M/c value (or its inverse when M/M/c is too pessimistic).
 */
public final class GapVerdict {
    private GapVerdict() {}

    public static String of(Theory.Readout theory, Optional<PointEstimate> simulated) {
        boolean atP99 = theory.mmcP99().isFinite();
        Theory.Answer textbook = atP99 ? theory.mmcP99() : theory.mmcMean();
        String what = atP99 ? "p99" : "the mean";
        String model = atP99 ? "M/M/c" : "M/M/c/K";
        if (simulated.isEmpty()) {
            return "verdict after the simulation; " + model + " says " + what + " = " + Units.ms(textbook.seconds());
        }
        ConfidenceInterval sim = atP99 ? simulated.get().p99Response() : simulated.get().meanResponse();
        double m = textbook.seconds();
        if (sim.contains(m)) {
            return model + " is right at " + what + " here: " + Units.ms(m) + " lies inside the simulated " + Units.ms(sim);
        }
        double ratio = sim.estimate() / m;
        return ratio > 1
                ? model + " is off by " + Units.times(ratio) + " at " + what + " here: it says " + Units.ms(m) + ", simulation " + Units.ms(sim)
                : model + " is off by " + Units.times(1 / ratio) + " at " + what + " here (too pessimistic): it says "
                        + Units.ms(m) + ", simulation " + Units.ms(sim);
    }
}
