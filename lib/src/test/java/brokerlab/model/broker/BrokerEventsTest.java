package brokerlab.model.broker;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.analytic.MMc;
import brokerlab.dist.Deterministic;
import brokerlab.experiment.Estimates;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.model.network.Li2015;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

class BrokerEventsTest {
    private static final double WARMUP = 100, HORIZON = 1_100;

    /** Replications measuring the messages sent in [warmup, horizon). */
    private static Estimates<BrokerRun> estimate(Broker broker, double warmup, double horizon, long seed, int replications) {
        return broker.simulate().time(warmup, horizon - warmup).replications(replications).seed(seed).run();
    }

    @Test
    void everyMessageIsDeliveredOnceMoreThanOnceOrDeadLetteredOverManySeededRunsWithFailures() {
        // Short timeout (0.15 s < some processing times of mean 0.1) forces premature redelivery; p = 0.2 and
        // maxReceives = 3 force dead letters. Both delivery orders, 40 seeds each: not one message may vanish.
        var base = Broker.li2015(20, 10, 3, 10, 4, 0.2)
                .withVisibility(Visibility.FROM_RECEIVE, 0.15).withMaxReceives(3).withReplication(3, 0.01);
        long once = 0, more = 0, dead = 0;
        for (var params : new Broker[] {base, base.inOrder(8)}) {
            for (long seed = 1; seed <= 40; seed++) {
                var r = params.run(RunLength.time(10, 50), seed, 0);
                assertEquals(0, r.vanished(), () -> "messages vanished: " + r);
                assertTrue(r.sent() > 800, () -> "too few messages to mean anything: " + r);
                assertTrue(r.receives() >= r.deliveredOnce() + 2 * r.deliveredMoreThanOnce(), r::toString);
                once += r.deliveredOnce();
                more += r.deliveredMoreThanOnce();
                dead += r.deadLettered();
            }
        }
        assertTrue(once > 0 && more > 0 && dead > 0, "all three outcomes must occur: " + once + ", " + more + ", " + dead);
    }

    @Test
    void withoutFailuresOrReplicationItIsTheTandemQueueOfNotebookOne() {
        var params = Broker.li2015(30, 10, 5, 10, 5, 0);     // two M/M/5 at rho = 0.6
        double exact = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0);
        // independently: 2 * MMc(30,10,5).meanResponse() (Jackson, p = 0)
        assertEquals(2 * new MMc(30, 10, 5).meanResponse(), exact, 1e-12);
        var ci = estimate(params, WARMUP, HORIZON, 7, 10).get(BrokerRun.MEAN_LATENCY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void immediateRetryWithFailuresIsThePapersJacksonNetwork() {
        var params = Broker.li2015(30, 10, 5, 10, 5, 0.12);
        double exact = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0.12);  // W1 + W2/(1-p), broker at 34.09/s
        var est = estimate(params, WARMUP, HORIZON, 11, 10);
        assertTrue(est.get(BrokerRun.MEAN_LATENCY).contains(exact), () -> "exact " + exact + " outside " + est.get(BrokerRun.MEAN_LATENCY));
        assertTrue(est.get(BrokerRun.DUPLICATES_PER_DELIVERED).contains(0.12 / 0.88), () -> est.get(BrokerRun.DUPLICATES_PER_DELIVERED).toString());
    }

    @Test
    void aVisibilityTimeoutAddsVpOverOneMinusPThatThePaperModelMisses() {
        var params = Broker.li2015(30, 10, 5, 10, 5, 0.12).withVisibility(Visibility.AFTER_FAILURE, 2.0);
        double paper = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0.12);
        double exact = paper + 2.0 * 0.12 / 0.88;                       // + 0.2727 s (BCMP infinite-server delay)
        ConfidenceInterval ci = estimate(params, WARMUP, HORIZON, 13, 10).get(BrokerRun.MEAN_LATENCY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
        assertTrue(paper < ci.lower(), () -> "the paper's value " + paper + " should underestimate " + ci);
    }

    @Test
    void deadLetterFractionIsPToTheMaxReceives() {
        var params = Broker.li2015(30, 10, 5, 10, 6, 0.3).withMaxReceives(2).withVisibility(Visibility.AFTER_FAILURE, 0.5);
        var est = estimate(params, WARMUP, HORIZON, 17, 10);
        // Two checks on one run: 99% intervals each (Bonferroni), so a sound model fails this test < 2% of the time.
        var deadCi = Replications.ci(est.runs(), BrokerRun::deadLetterFraction, 0.99);
        assertTrue(deadCi.contains(0.09), deadCi::toString);                                      // 0.3^2
        // delivered after 1 receive w.p. 0.7, after 2 w.p. 0.21: duplicates 0.21 / 0.91 = 0.2308
        var dupCi = Replications.ci(est.runs(), BrokerRun::duplicatesPerDelivered, 0.99);
        assertTrue(dupCi.contains(0.21 / 0.91), dupCi::toString);
        assertEquals(0, est.runs().stream().mapToLong(BrokerRun::vanished).sum());
    }

    @Test
    void oneFifoGroupSerialisesTheConsumersIntoOneServer() {
        // In order with a single group and no failures, one message is in flight at a time: the consumer stage is
        // M/M/1 at lambda = 5, mu = 10 whatever n2 is, so T = W(M/M/4 sender) + 1/(10 - 5).
        var params = Broker.li2015(5, 10, 4, 10, 4, 0).inOrder(1);
        double exact = new MMc(5, 10, 4).meanResponse() + 1 / (10.0 - 5);
        var ci = estimate(params, WARMUP, HORIZON, 19, 10).get(BrokerRun.MEAN_LATENCY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
        double outOfOrder = Li2015.meanDeliveryTime(5, 10, 4, 10, 4, 0);
        assertTrue(outOfOrder < ci.lower(), "in-order delivery must cost latency");
    }

    @Test
    void oneFifoGroupWithFailuresMatchesThePollaczekKhinchineHoldingTimeModel() {
        var params = Broker.li2015(5, 10, 4, 10, 4, 0.05).withVisibility(Visibility.AFTER_FAILURE, 0.5).inOrder(1);
        double exact = BrokerTheory.inOrderSingleGroupMeanLatency(params);   // E[H] = 0.125/0.95, rho = 0.658
        var ci = estimate(params, WARMUP, 2 * HORIZON, 29, 10).get(BrokerRun.MEAN_LATENCY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void replicationAddsTheMeanOfTheSlowestReplicaWrite() {
        // 50 sender threads at offered load 30 * 0.118 = 3.5: waiting is negligible (Erlang C ~ 1e-30), so
        // T = 1/mu1 + m H_3 + W(M/M/5 consumer at 30/s), with m H_3 = 0.01 * 11/6.
        var params = Broker.li2015(30, 10, 50, 10, 5, 0).withReplication(3, 0.01);
        double exact = 0.1 + 0.01 * 11 / 6 + new MMc(30, 10, 5).meanResponse();
        var ci = estimate(params, WARMUP, HORIZON, 23, 10).get(BrokerRun.MEAN_LATENCY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void aTimeoutLongerThanEveryProcessingNeverDuplicatesButAShorterOneDoes() {
        var slow = Broker.li2015(5, 10, 2, 10, 4, 0).withConsumerService(new Deterministic(0.1));
        var safe = slow.withVisibility(Visibility.FROM_RECEIVE, 0.2).run(RunLength.time(10, 190), 3, 0);
        assertEquals(0, safe.deliveredMoreThanOnce());
        assertEquals(safe.sent(), safe.deliveredOnce());
        var tooShort = slow.withVisibility(Visibility.FROM_RECEIVE, 0.05).run(RunLength.time(10, 190), 3, 0);
        assertTrue(tooShort.duplicatesPerDelivered() > 0.5, tooShort::toString);
        assertEquals(0, tooShort.vanished());
    }

    @Test
    void latencyIntervalsAreHonestOverManySeeds() {
        // 40 independent 95% intervals around the exact Li2015 mean (p = 0.1, rho_broker = 0.667): Binomial(40, 0.95)
        // falls below 34 with probability about 0.5%, so a sound model passes; a biased one does not.
        var params = Broker.li2015(30, 10, 5, 10, 5, 0.1);
        double exact = Li2015.meanDeliveryTime(30, 10, 5, 10, 5, 0.1);
        int covered = 0;
        for (long seed = 100; seed < 140; seed++)
            if (estimate(params, 30, 230, seed, 5).get(BrokerRun.MEAN_LATENCY).contains(exact)) covered++;
        assertTrue(covered >= 34, "only " + covered + " of 40 intervals cover " + exact);
    }

    @Test
    void sameSeedGivesSameNumbers() {
        var params = Broker.li2015(20, 10, 3, 10, 4, 0.1).withVisibility(Visibility.FROM_RECEIVE, 0.3).inOrder(4);
        assertEquals(params.run(RunLength.time(10, 90), 5, 2), params.run(RunLength.time(10, 90), 5, 2));
    }

    @Test
    void rejectsAMeasuredWindowOfLengthZero() {
        var params = Broker.li2015(20, 10, 3, 10, 4, 0.1);
        var e = assertThrows(IllegalArgumentException.class, () -> params.run(RunLength.time(10, 0), 1, 0));
        assertTrue(e.getMessage().contains("duration"), e.getMessage());
    }
}
