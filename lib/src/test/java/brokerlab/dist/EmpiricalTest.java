package brokerlab.dist;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmpiricalTest {
    @TempDir Path dir;

    private Path csv(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void meanAndScvAreThoseOfTheDataWithThePopulationVariance() {
        // 1, 2, 3, 6: mean 3; squared deviations 4 + 1 + 0 + 9 = 14, / 4 = 3.5; SCV = 3.5 / 9 = 0.3889
        Empirical e = Empirical.of(6, 1, 3, 2);
        assertEquals(3, e.mean(), 1e-15);
        assertEquals(3.5 / 9, e.scv(), 1e-15);
        assertEquals((1 + 4 + 9 + 36) / 4.0, e.moment(2), 1e-15);
    }

    @Test
    void cdfIsTheStepFunctionAndQuantileAnObservation() {
        Empirical e = Empirical.of(6, 1, 3, 2);
        assertEquals(0.5, e.cdf(2));
        assertEquals(0.5, e.cdf(2.9));
        assertEquals(2, e.quantile(0.5));      // smallest x with F_n(x) >= 0.5
        assertEquals(3, e.quantile(0.51));
        assertEquals(1, e.quantile(0));
        assertEquals(6, e.quantile(1));
    }

    @Test
    void drawsOnlyObservedValuesEachAboutEquallyOften() {
        Empirical e = Empirical.of(1, 2, 3, 6);
        RandomStream rng = RandomStream.of(11, RandomStream.SERVICE);
        int[] counts = new int[7];
        int n = 40_000;
        for (int i = 0; i < n; i++) counts[(int) e.sample(rng)]++;
        // Each count ~ Binomial(40000, 1/4): sd = sqrt(40000 * 3/16) = 86.6; allow 4.5 sd.
        for (int v : new int[] {1, 2, 3, 6}) assertEquals(n / 4.0, counts[v], 4.5 * 86.6, "value " + v);
        assertEquals(n, counts[1] + counts[2] + counts[3] + counts[6]);
    }

    @Test
    void readsAColumnOfACsvTraceAndItsSpecReadsBack() throws IOException {
        Path p = csv("trace.csv", "id,latency_ms\n1,0.5\n2,1.5\n\n3,4\n");
        Empirical e = Empirical.fromCsv(p, "latency_ms");
        assertArrayEquals(new double[] {0.5, 1.5, 4}, e.values());
        assertEquals("empirical(file=" + p + ",column=latency_ms)", e.spec());
        assertEquals(e, Distributions.parse(e.spec()));
        Empirical doubled = e.withMean(2 * e.mean());
        assertEquals("empirical(file=" + p + ",column=latency_ms,scale=2)", doubled.spec());
        assertEquals(doubled, Distributions.parse(doubled.spec()));
    }

    @Test
    void quotesAPathThatHoldsACommaInItsSpec() throws IOException {
        Path p = csv("a, b.csv", "\"service time\"\n2\n4\n");
        Empirical e = Empirical.fromCsv(p, "service time");
        assertEquals(3, e.mean(), 1e-15);
        assertEquals(e, Distributions.parse(e.spec()));
    }

    @Test
    void missingFileIsNamed() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> Empirical.fromCsv(dir.resolve("nope.csv"), "x")).getMessage();
        assertTrue(message.startsWith("file = ") && message.contains("no such file"), message);
    }

    @Test
    void missingColumnListsTheColumns() throws IOException {
        Path p = csv("t.csv", "id,latency\n1,2\n");
        String message = assertThrows(IllegalArgumentException.class, () -> Empirical.fromCsv(p, "latncy")).getMessage();
        assertTrue(message.startsWith("column = 'latncy'") && message.contains("the columns are id, latency"), message);
    }

    @Test
    void nonNumericCellIsReportedWithItsLine() throws IOException {
        Path p = csv("t.csv", "latency\n1\nabc\n");
        String message = assertThrows(IllegalArgumentException.class, () -> Empirical.fromCsv(p, "latency")).getMessage();
        assertTrue(message.contains("line 3") && message.contains("'abc'") && message.contains("not a number"), message);
    }

    @Test
    void negativeValueIsReportedWithItsLine() throws IOException {
        Path p = csv("t.csv", "latency\n1\n-2\n");
        String message = assertThrows(IllegalArgumentException.class, () -> Empirical.fromCsv(p, "latency")).getMessage();
        assertTrue(message.contains("line 3") && message.contains(">= 0"), message);
    }

    @Test
    void emptyCellAndEmptyColumnAreRejected() throws IOException {
        Path gap = csv("gap.csv", "a,b\n1,\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Empirical.fromCsv(gap, "b")).getMessage().contains("empty"));
        Path header = csv("header.csv", "a,b\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Empirical.fromCsv(header, "a")).getMessage().contains("no values"));
    }

    @Test
    void rejectsNegativeAndAllZeroInlineData() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Empirical.of(1, -1)).getMessage().startsWith("values[1] = -1.0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Empirical.of(0, 0)).getMessage().contains("mean must be > 0"));
    }
}
