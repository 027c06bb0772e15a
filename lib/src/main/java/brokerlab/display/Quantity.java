package brokerlab.display;

import brokerlab.util.Check;

/**
 * A value with its unit, for display: {@code Quantity.of(wait.scaled(1000), "ms")} shows as
 * {@code 12.346 ± 0.079 ms}. The value may be a number, a {@link brokerlab.stats.ConfidenceInterval}, a
 * {@link brokerlab.stats.MedianInterval} or an {@link brokerlab.analytic.Estimate}; the engine's own types carry no
 * unit because one model serves seconds and milliseconds alike, so the notebook names it where it shows it.
 *
 * @param value the value, formatted by {@link Values#text(Object)}
 * @param unit  the unit as a reader writes it ({@code "ms"}, {@code "messages/s"}); empty for none
 */
public record Quantity(Object value, String unit) {
    public Quantity {
        Check.notNull("value", value);
        Check.notNull("unit", unit);
    }

    public static Quantity of(Object value, String unit) {
        return new Quantity(value, unit);
    }

    public static Quantity of(double value, String unit) {
        return new Quantity(value, unit);
    }

    /** The reader's text, e.g. {@code "∞ ms"}. */
    @Override
    public String toString() {
        return Values.text(this);
    }
}
