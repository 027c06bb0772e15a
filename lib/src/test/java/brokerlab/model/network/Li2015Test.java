package brokerlab.model.network;

import brokerlab.experiment.Metric;
import brokerlab.experiment.Replications;
import brokerlab.experiment.RunLength;
import brokerlab.stats.ConfidenceInterval;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class Li2015Test {
    @Test
    void rejectsThreeServersAtThePaperLoadNamingTheSenderStage() {
        // rho_sender = 30.3 / (3 x 10) = 1.01
        String msg = assertThrows(IllegalArgumentException.class, () -> Li2015.network(30.3, 10, 3, 10, 3, 0.01)).getMessage();
        assertTrue(msg.startsWith("sender stage (station 'sender', n1 = 3) utilisation 1.010 >= 1"), msg);
        assertThrows(IllegalArgumentException.class, () -> Li2015.meanDeliveryTime(30.3, 10, 3, 10, 3, 0.01));
    }

    @Test
    void rejectsABrokerOverloadedByRetries() {
        // broker rate 30.3 / 0.75 = 40.4 > 4 x 10
        String msg = assertThrows(IllegalArgumentException.class, () -> Li2015.network(30.3, 10, 4, 10, 4, 0.25)).getMessage();
        assertTrue(msg.startsWith("broker stage (station 'broker', n2 = 4) utilisation 1.010"), msg);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Li2015.network(1, 2, 1, 2, 1, 1.0)).getMessage().startsWith("p = 1.0"));
    }

    @Test
    void heavyLoadPointsOfThePaperAxesAreRejectedOrSolvedByTheBrokerStageLoad() {
        // service sweep (lambda 30, p 0.01), n = 5 at 0.18 s: both stages saturate (sender 30 x 0.18 / 5 = 1.08, broker
        // 1.08 / 0.99 = 1.091) and the sender, checked first, is named; n = 6 is stable (broker 30 / 0.99 x 0.18 / 6 = 0.909)
        String svc = assertThrows(IllegalArgumentException.class, () -> Li2015.meanDeliveryTime(30, 1 / 0.18, 5, 1 / 0.18, 5, 0.01)).getMessage();
        assertTrue(svc.startsWith("sender stage (station 'sender', n1 = 5) utilisation 1.080 >= 1"), svc);
        assertTrue(Li2015.meanDeliveryTime(30, 1 / 0.18, 6, 1 / 0.18, 6, 0.01) > 0.18 + 0.18 / 0.99);
        // arrival sweep (mu 10, p 0.12): broker load 55 / (0.88 x 60) = 1.0417, but 60 / (0.88 x 70) = 0.974
        String arr = assertThrows(IllegalArgumentException.class, () -> Li2015.meanWaitingMessages(55, 10, 6, 10, 6, 0.12)).getMessage();
        assertTrue(arr.startsWith("broker stage (station 'broker', n2 = 6) utilisation 1.042 >= 1"), arr);
        assertTrue(Li2015.meanWaitingMessages(60, 10, 7, 10, 7, 0.12) > 0);
    }

    @Test
    void singleServerStagesReduceToTwoMm1Queues() {
        // n1 = n2 = 1, lambda 1, mu1 2, mu2 4, p 0.5: W_s = 1/(2-1) = 1; broker is M/M/1 at 2: W_b = 1/(4-2) = 0.5,
        // visited 2 times: T = 1 + 2 x 0.5 = 2 (equivalently an M/M/1 of rate (1-p) mu2 = 2: 1/(2-1) = 1)
        assertEquals(2.0, Li2015.meanDeliveryTime(1, 2, 1, 4, 1, 0.5), 1e-12);
        assertEquals(1.0 / (2 - 1) + 1.0 / (3 - 1), Li2015.meanDeliveryTime(1, 2, 1, 3, 1, 0), 1e-12);
    }

    @Test
    void simulatedDeliveryTimeMatchesTheJacksonSolutionForThePaperParameters() {
        // lambda 30.3, mu1 = mu2 = 10, n1 = n2 = n in 4..10, p in {0.01, 0.12}: 14 comparisons, each at the
        // Bonferroni level 1 - 0.05/14 so that the family of intervals covers with probability >= 95%.
        double[] ps = {0.01, 0.12};
        int comparisons = 14;
        double level = 1 - 0.05 / comparisons;
        RunLength len = RunLength.time(20, 800);
        for (int n = 4; n <= 10; n++) {
            for (double p : ps) {
                QueueingNetwork net = Li2015.network(30.3, 10, n, 10, n, p);
                double exact = Li2015.meanDeliveryTime(30.3, 10, n, 10, n, p);
                List<NetworkRun> runs = net.simulate().length(len).replications(16).seed(2015).run().runs();
                ConfidenceInterval ci = Replications.ci(runs, NetworkRun::meanResponse, level);
                final int nn = n;
                assertTrue(ci.contains(exact), () -> "n=" + nn + " p=" + p + ": exact " + exact + " outside " + ci);
                assertTrue(ci.relativeHalfWidth() < 0.05, () -> "interval too wide to mean anything: " + ci);
            }
        }
    }

    @Test
    void waitingMessagesAreTheTwoStagesQueueLengthsNotTheNumberInSystem() {
        // n1 = n2 = 1, lambda 1, mu1 2, mu2 4, p 0.5: both stages are M/M/1 at rho = 0.5 (the broker sees 1 / 0.5 = 2),
        // Lq = rho^2 / (1 - rho) = 0.5 each; the number in system is lambda T = 2 (previous test)
        assertEquals(1.0, Li2015.meanWaitingMessages(1, 2, 1, 4, 1, 0.5), 1e-12);
    }

    @Test
    void simulatedWaitingMessagesSumTheStationsAndCoverTheJacksonValue() {
        // the paper's n = 4, p = 0.12: broker utilisation 30.3 / 0.88 / 40 = 0.86, where queues are long
        QueueingNetwork net = Li2015.network(30.3, 10, 4, 10, 4, 0.12);
        double exact = Li2015.meanWaitingMessages(30.3, 10, 4, 10, 4, 0.12);
        var e = net.simulate().length(RunLength.time(20, 800)).replications(16).seed(2015).run();
        for (NetworkRun r : e.runs()) {
            double sum = r.nodes().stream().mapToDouble(s -> s.get(Metric.MEAN_QUEUE_LENGTH)).sum();
            assertEquals(sum, r.get(Metric.MEAN_QUEUE_LENGTH), 1e-12);
        }
        ConfidenceInterval ci = e.get(Metric.MEAN_QUEUE_LENGTH);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
        assertTrue(ci.upper() < e.get(Metric.MEAN_NUMBER_IN_SYSTEM).lower(), "waiting is fewer than in system");
    }
}
