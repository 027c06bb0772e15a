package brokerlab.experiment;

import brokerlab.random.RandomStream;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ExperimentTest {
    private static final Metric MEAN = Metric.of("mean", "", Metric.Kind.MEAN);

    /**
     * The mean of n standard exponentials, n = the measured customers: its standard deviation is 1/sqrt(n), so the
     * relative half-width of 10 replications is about t(0.975, 9) / sqrt(10 n) = 0.715 / sqrt(n).
     */
    private static final Model<Measurements> SAMPLE_MEAN = new Model<>() {
        @Override public Measurements run(RunLength length, long seed, int replication) {
            long n = length.inCustomers(1).measured();
            RandomStream s = RandomStream.of(seed, replication, RandomStream.SERVICE);
            double sum = 0;
            for (long i = 0; i < n; i++) sum += s.nextExponential();
            return Measurements.builder().put(MEAN, sum / n).build();
        }
        @Override public RunLength defaultLength() { return RunLength.customers(0, 100); }
        @Override public String describe() { return "sample mean of exponentials"; }
    };

    @Test
    void defaultsAreStated() {
        var plan = Experiment.of(SAMPLE_MEAN).plan();
        assertEquals(RunPlan.DEFAULT_REPLICATIONS, plan.replications());
        assertEquals(1, plan.seed());
        assertEquals(0.95, plan.level());
        assertNull(plan.precision());
        assertEquals(RunLength.customers(0, 100), plan.lengthFor(SAMPLE_MEAN));
    }

    @Test
    void settersReturnNewExperimentsAndLeaveTheOriginalAlone() {
        var base = Experiment.of(SAMPLE_MEAN);
        var other = base.customers(1_000).replications(3).seed(9);
        assertEquals(RunPlan.DEFAULT_REPLICATIONS, base.plan().replications());
        assertEquals(3, other.plan().replications());
        assertEquals(9, other.plan().seed());
        assertEquals(RunLength.customers(1_000), other.plan().length());
    }

    @Test
    void aReplicationIsTheSameWhetherRunAloneOrInTheBatch() {
        var small = Experiment.of(SAMPLE_MEAN).customers(3_000).replications(4).seed(5);
        assertEquals(small.run().runs().get(2), small.runReplication(2));
        assertEquals(small.run().runs().get(0), small.runOnce());
    }

    @Test
    void theThreadCountDoesNotChangeTheEstimates() {
        var e = Experiment.of(SAMPLE_MEAN).customers(2_000).replications(7).seed(3);
        assertEquals(e.threads(1).run().runs(), e.threads(4).run().runs());
    }

    @Test
    void differentSeedsGiveDifferentRuns() {
        var e = Experiment.of(SAMPLE_MEAN).customers(3_000);
        assertNotEquals(e.seed(1).runOnce(), e.seed(2).runOnce());
    }

    @Test
    void rejectsBadSettingsNamingThem() {
        var e = Experiment.of(SAMPLE_MEAN);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.customers(1)).getMessage().contains("customers"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.replications(0)).getMessage().contains("replications"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.threads(0)).getMessage().contains("threads"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.level(1)).getMessage().contains("level"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Experiment.of(null)).getMessage().contains("model"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> e.replications(1).precision(0.05, MEAN))
                .getMessage().contains("replications"));
    }

    @Test
    void precisionDoublesTheLengthUntilTheTargetIsMet() {
        // 0.715 / sqrt(n) <= 0.02 needs n >= 1278: from 100 the doublings give 200, 400, 800, 1600
        var e = Experiment.of(SAMPLE_MEAN).seed(11).precision(0.02, MEAN).run();
        assertTrue(e.warnings().isEmpty(), e.warnings().toString());
        assertTrue(e.get(MEAN).relativeHalfWidth() <= 0.02);
        assertEquals(e.stages().size(), 1 + Integer.numberOfTrailingZeros((int) (e.length().measuredAmount() / 100)));
        assertTrue(e.length().measuredAmount() >= 800 && e.length().measuredAmount() <= 3200, e.length().toString());
        assertTrue(e.get(MEAN).contains(1.0), e.get(MEAN).toString());
    }

    @Test
    void precisionWarnsWhenTheBudgetRunsOutFirst() {
        var e = Experiment.of(SAMPLE_MEAN).seed(11).precision(0.001, 4, MEAN).run();
        assertEquals(400, e.length().measuredAmount());
        assertEquals(3, e.stages().size());
        assertEquals(1, e.warnings().size());
        assertTrue(e.warnings().get(0).contains("mean") && e.warnings().get(0).contains("not reached"), e.warnings().get(0));
    }

    @Test
    void progressIsReportedOncePerReplication() {
        var seen = new java.util.ArrayList<Long>();
        Experiment.of(SAMPLE_MEAN).replications(5).progress((done, total, msg) -> seen.add(done)).run();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L), seen);
    }

    /** A sample mean whose first 1,000 customers are 10 higher: the transient MSER-5 must cut off. */
    private static final class Biased implements Model<Measurements>, TransientTrace {
        @Override public Measurements run(RunLength length, long seed, int r) {
            RunLength.Customers c = length.inCustomers(1);
            RandomStream s = RandomStream.of(seed, r, RandomStream.SERVICE);
            double sum = 0;
            for (long i = 0; i < c.total(); i++) {
                double x = s.nextExponential() + (i < 1_000 ? 10 : 0);
                if (i >= c.warmup()) sum += x;
            }
            return Measurements.builder().put(MEAN, sum / c.measured()).build();
        }
        @Override public boolean trace(long customers, long seed, int r, java.util.function.DoubleConsumer sink) {
            RandomStream s = RandomStream.of(seed, r, RandomStream.SERVICE);
            for (long i = 0; i < customers; i++) sink.accept(s.nextExponential() + (i < 1_000 ? 10 : 0));
            return true;
        }
    }

    @Test
    void runLengthControlChoosesTheWarmUpByMser5() {
        // planned warm-up 500 < the 1,000-customer transient: MSER-5 lengthens it to about 1,000 (one 5-point resolution)
        var e = Experiment.of(new Biased()).length(RunLength.customers(500, 20_000)).seed(2).precision(0.05, MEAN).run();
        long warmup = ((RunLength.Customers) e.length()).warmup();
        assertTrue(warmup >= 1_000 && warmup <= 1_100, "warm-up " + warmup);
        assertTrue(e.get(MEAN).contains(1.0), e.get(MEAN).toString());
        var fixed = Experiment.of(new Biased()).length(RunLength.customers(500, 20_000)).seed(2).run();
        assertFalse(fixed.get(MEAN).contains(1.0), "without detection the transient biases the mean: " + fixed.get(MEAN));
    }

    @Test
    void aCancelledExperimentGivesPartialEstimatesOfTheFinishedReplicationsWithAWarning() {
        Cancellation stop = new Cancellation();
        var e = Experiment.of(brokerlab.model.Station.mmc(0.5, 1, 1)).customers(20_000).replications(20).seed(3).threads(2)
                .cancellation(stop).progress((done, total, message) -> { if (done == 4) stop.cancel("stopped here"); }).run();
        assertTrue(e.partial());
        assertTrue(e.replications() >= 4 && e.replications() < 20, "finished " + e.replications());
        assertEquals("partial: stopped here after " + e.replications() + " of 20 replications; the estimates use those "
                + e.replications(), e.warnings().get(e.warnings().size() - 1));
        assertTrue(e.toMap().get("partial") instanceof Boolean p && p);
        assertFalse(stop.watched(), "no longer watched once run() returned");
    }

    @Test
    void aCancelledExperimentWithNoFinishedReplicationThrowsCancellation() {
        Cancellation stop = new Cancellation();
        stop.cancel("before the start");
        var x = assertThrows(java.util.concurrent.CancellationException.class,
                () -> Experiment.of(brokerlab.model.Station.mmc(0.5, 1, 1)).customers(1000).cancellation(stop).run());
        assertTrue(x.getMessage().startsWith("before the start before any of the 10 replications finished"), x.getMessage());
    }

    @Test
    void aPilotEstimatesTheSecondsOfAReplication() {
        var experiment = Experiment.of(brokerlab.model.Station.mmc(0.5, 1, 1)).customers(2_000_000).seed(3);
        double seconds = experiment.secondsPerReplication(0.01);
        assertTrue(seconds > 0 && Double.isFinite(seconds), "seconds " + seconds);
    }
}
