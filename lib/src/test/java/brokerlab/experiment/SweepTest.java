package brokerlab.experiment;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class SweepTest {

    record Mm1(double meanWait, double utilisation, String label) {}

    @Test
    void oneRowPerValueAndOneColumnPerRecordComponentInOrder() {
        // M/M/1 with mu = 1: Wq = rho / (1 - rho): 1, 4, 9 for rho = 0.5, 0.8, 0.9.
        Table t = Sweep.over("rho", 0.5, 0.8, 0.9).run(rho -> new Mm1(rho / (1 - rho), rho, "ignored"));
        assertEquals(List.of("rho", "meanWait", "utilisation"), t.columnNames());
        assertEquals(3, t.rowCount());
        assertEquals(0.8, t.doubleColumn("rho").get(1), 0.0);
        assertEquals(4.0, t.doubleColumn("meanWait").get(1), 1e-12);
        assertEquals(9.0, t.doubleColumn("meanWait").get(2), 1e-12);
    }

    @Test
    void unorderedMapsGiveSortedColumnsSoRunsAreReproducible() {
        Table t = Sweep.over("c", 1, 2).run(c -> Map.of("zeta", c, "alpha", 2 * c));
        assertEquals(List.of("c", "alpha", "zeta"), t.columnNames());
        assertEquals(4.0, t.doubleColumn("alpha").get(1), 0.0);
    }

    @Test
    void differentMetricNamesAtSomePointAreRejected() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> Sweep.over("x", 1, 2).run(x -> x < 1.5 ? Map.of("a", 1.0) : Map.of("b", 1.0)));
        assertTrue(e.getMessage().contains("x = 2.0"), e.getMessage());
    }

    @Test
    void rejectsAnEmptyOrNonFiniteSweep() {
        var e = assertThrows(IllegalArgumentException.class, () -> Sweep.over("rho"));
        assertTrue(e.getMessage().contains("values"), e.getMessage());
        var e2 = assertThrows(IllegalArgumentException.class, () -> Sweep.over("rho", 0.5, Double.NaN));
        assertTrue(e2.getMessage().contains("values[1]"), e2.getMessage());
    }

    @Test
    void progressCountsEveryPoint() {
        long[] last = new long[1];
        Sweep.over("x", 1, 2, 3, 4).run(x -> Map.of("y", x), (done, total, msg) -> last[0] = done);
        assertEquals(4, last[0]);
    }
}
