package brokerlab.dist;

import java.math.BigDecimal;

/** Number formatting shared by the {@code spec()} methods: shortest text that reads back to the same double. */
final class Specs {
    private Specs() {}

    static String format(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        String plain = d.toPlainString();
        // 1e300 in plain digits is 301 characters: past 21, the exponent form (1e+300), which reads back the same
        return plain.length() <= 21 ? plain : d.toString().toLowerCase(java.util.Locale.ROOT);
    }
}
