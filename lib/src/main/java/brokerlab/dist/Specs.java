package brokerlab.dist;

import java.math.BigDecimal;

/** Number formatting shared by the {@code spec()} methods: shortest text that reads back to the same double. */
final class Specs {
    private Specs() {}

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }
}
