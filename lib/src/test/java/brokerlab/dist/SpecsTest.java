package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SpecsTest {
    @Test
    void writesWholeNumbersWithoutADecimalPoint() {
        assertEquals("2", Specs.format(2.0));
        assertEquals("0", Specs.format(0.0));
    }

    @Test
    void writesTheShortestPlainDecimalThatReadsBackExactly() {
        assertEquals("0.1", Specs.format(0.1));
        assertEquals("0.0000001", Specs.format(1e-7));
        assertEquals("100000000000000000000", Specs.format(1e20));
        for (double x : new double[] {1.0 / 3, 0.1 + 0.2, 123456.789, Math.PI * 1e-12, 2.5e17 + 64}) {
            assertEquals(x, Double.parseDouble(Specs.format(x)), "exact round trip of " + x);
        }
    }

    @Test
    void writesHugeAndTinyNumbersInExponentFormThatReadsBackExactly() {
        // plain digits for 1e300 would be 301 characters
        assertEquals("1e+300", Specs.format(1e300));
        assertEquals("3.6e-300", Specs.format(3.6e-300));
        assertEquals(1e300, Double.parseDouble(Specs.format(1e300)), 0);
        assertEquals("exp(rate=1e+300)", Distributions.parse("exp(rate=1e300)").spec());
        assertEquals(Distributions.parse("exp(rate=1e300)").spec(), Distributions.parse(Distributions.parse("exp(rate=1e300)").spec()).spec());
    }
}
