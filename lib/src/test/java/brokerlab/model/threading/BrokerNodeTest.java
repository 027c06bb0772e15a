package brokerlab.model.threading;

import static org.junit.jupiter.api.Assertions.*;

import brokerlab.analytic.ErlangB;
import brokerlab.analytic.MG1PS;
import brokerlab.dist.Exponential;
import brokerlab.dist.Hyperexponential;
import brokerlab.dist.Lognormal;
import brokerlab.experiment.Metric;
import org.junit.jupiter.api.Test;

class BrokerNodeTest {
    @Test
    void processorSharingOnOneCoreMatchesMG1PSForHighlyVariableWork() {
        // M/G/1-PS, lambda = 0.6, E[S] = 1, SCV 10: E[T] = 1 / (1 - 0.6) = 2.5 (insensitive)
        var node = BrokerNode.of(ThreadingModel.PROCESSOR_SHARING, 0.6, new Hyperexponential(1, 10), 1, 1, 0);
        double exact = new MG1PS(0.6, 1).meanResponse();
        var ci = node.simulate().customers(100_000).replications(10).seed(42).run().get(Metric.MEAN_RESPONSE);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void threadPerConnectionBlockingMatchesErlangB() {
        // 4 connections = 4 cores, offered load 30/10 = 3: B(4, 3) = 0.2061
        var node = BrokerNode.of(ThreadingModel.THREAD_PER_CONNECTION, 30, Exponential.withRate(10), 4, 4, 0);
        double exact = ErlangB.blockingProbability(4, 3.0);
        var ci = node.simulate().customers(50_000).replications(10).seed(42).run().get(Metric.REJECTION_PROBABILITY);
        assertTrue(ci.contains(exact), () -> "Erlang B " + exact + " outside " + ci);
        assertEquals(exact, node.exact().blockingProbability(), 1e-12);
    }

    @Test
    void connectionLimitAboveTheCoresIsInsensitiveToTheWorkDistribution() {
        // M/G/4-PS/8 with lognormal SCV 4 work: blocking equals the exponential birth-death value
        var node = BrokerNode.of(ThreadingModel.THREAD_PER_CONNECTION, 35, new Lognormal(0.1, 4), 4, 8, 0);
        double exact = node.exact().blockingProbability();
        var ci = node.simulate().customers(50_000).replications(10).seed(44).run().get(Metric.REJECTION_PROBABILITY);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void contendedPoolSimulationAgreesWithItsExactSolution() {
        // 4 threads on 2 cores, 2% overhead: r(4) = 20 * 0.94 = 18.8 > 16
        var node = BrokerNode.of(ThreadingModel.CONTENDED_POOL, 16, Exponential.withRate(10), 2, 4, 0.02);
        double exact = node.exact().meanResponse();
        var ci = node.simulate().customers(50_000).replications(10).seed(45).run().get(Metric.MEAN_RESPONSE);
        assertTrue(ci.contains(exact), () -> "exact " + exact + " outside " + ci);
    }

    @Test
    void refusesAnExactFcfsPoolForNonExponentialWork() {
        var node = BrokerNode.of(ThreadingModel.FIXED_POOL, 20, new Hyperexponential(0.1, 10), 4, 4, 0);
        var e = assertThrows(IllegalArgumentException.class, node::exact);
        assertTrue(e.getMessage().contains("service"), e.getMessage());
    }

    @Test
    void rejectsAnOverloadedPool() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> BrokerNode.of(ThreadingModel.FIXED_POOL, 50, Exponential.withRate(10), 4, 4, 0));
        assertTrue(e.getMessage().contains("FIXED_POOL"), e.getMessage());
    }
}
