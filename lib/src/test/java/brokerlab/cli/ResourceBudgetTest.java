package brokerlab.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class BudgetTest {
    private static final long GIB = 1L << 30;

    @Test
    void aRequestThatFitsPasses() {
        new ResourceBudget(GIB, 2).memory("servers", 1000, true, c -> c * 24, "24 bytes per server");
    }

    @Test
    void anOversizedRequestNamesTheOptionTheNeedTheLimitAndAValueThatFits() {
        // 1 GiB heap, 80% usable = 858993459 B; at 24 B per server the largest count that fits is 35791394,
        // offered rounded down to three significant digits: 35700000
        ResourceBudget b = new ResourceBudget(GIB, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> b.memory("servers", 1e9, true, c -> c * 24, "24 bytes per server"));
        assertEquals("--servers = 1000000000 is invalid: the request needs about 22 GiB (24 bytes per server), above the "
                + "819 MiB this JVM may use (80% of its 1.0 GiB heap limit); use --servers 35700000 or less, or raise the "
                + "heap limit, e.g. BROKERLAB_JAVA_OPTS=-Xmx29g", e.getMessage());
        assertTrue(35_700_000 * 24.0 <= 0.8 * GIB);
    }

    @Test
    void aRequestWhoseOtherPartsAloneDoNotFitSaysSo() {
        ResourceBudget b = new ResourceBudget(GIB, 2);
        var e = assertThrows(IllegalArgumentException.class,
                () -> b.memory("servers", 4, true, c -> 2.0 * GIB + c, "the rest"));
        assertTrue(e.getMessage().contains("even the smallest --servers does not fit with the other options"), e.getMessage());
    }

    @Test
    void theLargestTermIsCheckedFirstSoItsOptionIsNamed() {
        ResourceBudget b = new ResourceBudget(GIB, 2);
        var e = assertThrows(IllegalArgumentException.class, () -> ResourceBudget.largestFirst(
                new ResourceBudget.Term(1, () -> b.memory("servers", 4, true, c -> 2.0 * GIB, "servers")),
                new ResourceBudget.Term(2.0 * GIB, () -> b.memory("replications", 1e6, true, r -> r * 2048, "kept runs"))));
        assertTrue(e.getMessage().startsWith("--replications = 1000000 is invalid"), e.getMessage());
    }

    @Test
    void customersBeyondTheWorkLimitAreRefusedWithACountThatFits() {
        // 10 replications x 1.1e13 = 1.1e14 > 1e14; 1e14 / 10 / 1.1 = 9.09e12
        var e = assertThrows(IllegalArgumentException.class, () -> new ResourceBudget(GIB, 2).customers(10_000_000_000_000L, 1_000_000_000_000L, 10));
        assertTrue(e.getMessage().startsWith("--customers = 10000000000000 is invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("use --customers 9.09e+12 or fewer"), e.getMessage());
        new ResourceBudget(GIB, 2).customers(1_000_000_000_000L, 100_000_000_000L, 10);   // 1.1e13: hours, not refused
    }

    @Test
    void sizesAndCountsReadLikeAPersonWouldWriteThem() {
        assertEquals("512 B", ResourceBudget.bytes(512));
        assertEquals("1.5 KiB", ResourceBudget.bytes(1536));
        assertEquals("45 GiB", ResourceBudget.bytes(45.0 * GIB));
        assertEquals("96000000", ResourceBudget.shortNumber(96_000_000, true));
        assertEquals("1.1e+13", ResourceBudget.shortNumber(1.1e13, true));
        assertEquals(96_100_000, ResourceBudget.roundDown(96_123_456), 0);
        assertEquals(0.0123, ResourceBudget.roundDown(0.012345), 1e-15);
    }
}
