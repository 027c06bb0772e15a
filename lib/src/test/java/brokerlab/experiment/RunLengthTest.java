package brokerlab.experiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class RunLengthTest {
    @Test
    void customersDefaultToATenthForWarmUp() {
        assertEquals(new RunLength.Customers(20_000, 200_000), RunLength.customers(200_000));
        assertEquals(220_000, RunLength.customers(200_000).total());
    }

    @Test
    void convertsBetweenKindsAtTheArrivalRate() {
        // 2 arrivals per unit time: 100 warm-up and 1,000 measured customers take 50 and 500 time units
        assertEquals(new RunLength.Time(50, 500), RunLength.customers(100, 1_000).inTime(2));
        assertEquals(new RunLength.Customers(100, 1_000), RunLength.time(50, 500).inCustomers(2));
    }

    @Test
    void scalesBothParts() {
        assertEquals(new RunLength.Customers(200, 2_000), RunLength.customers(100, 1_000).times(2));
        assertEquals(new RunLength.Time(10, 40), RunLength.time(5, 20).times(2));
    }

    @Test
    void rejectsBadLengthsNamingTheParameter() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunLength.customers(1)).getMessage().contains("customers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunLength.customers(-1, 10)).getMessage().contains("warmup"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunLength.time(0, 0)).getMessage().contains("duration"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunLength.time(Double.NaN, 1)).getMessage().contains("warmup"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> RunLength.customers(Long.MAX_VALUE, 10)).getMessage().contains("overflow"));
    }
}
