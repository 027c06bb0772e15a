package brokerlab.dist;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {
    @Test
    void quotesOnlyWhatASpecWouldSplit() {
        assertEquals("trace.csv", Csv.quoteIfNeeded("trace.csv"));
        assertEquals("\"a, b.csv\"", Csv.quoteIfNeeded("a, b.csv"));
        assertEquals("\"x=(1)\"", Csv.quoteIfNeeded("x=(1)"));
    }
}
