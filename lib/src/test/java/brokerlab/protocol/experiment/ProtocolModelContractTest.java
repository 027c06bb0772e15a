package brokerlab.protocol.experiment;

import brokerlab.experiment.Experiment;
import brokerlab.experiment.RunLength;
import brokerlab.protocol.ProtocolModel;
import brokerlab.protocol.ProtocolRun;
import brokerlab.protocol.net.FaultPlan;
import brokerlab.protocol.net.Topology;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.*;

/** Every protocol model runs through the one runner, with either kind of run length, the same whatever the threads. */
class ProtocolModelContractTest {
    private static ProtocolModel model(Protocol p) {
        return ProtocolExperiment.of(p, Topology.THREE_ZONES).faults(FaultPlan.none().loss(0.01).crashLeader(300, 200)).model();
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void runsThroughTheExperimentWithTheSameEstimatesAtOneAndTwoThreads(Protocol p) {
        var x = Experiment.of(model(p)).time(0, 800).replications(3).seed(11);
        var one = x.threads(1).run();
        var two = x.threads(2).run();
        assertEquals(one.runs(), two.runs());
        assertEquals(3, one.replications());
        assertEquals(ProtocolRun.METRICS, one.metrics());
        assertTrue(one.get(ProtocolRun.THROUGHPUT).estimate() > 0, p::name);
        assertEquals(one.runs().get(1), x.runReplication(1));
    }

    @ParameterizedTest
    @EnumSource(Protocol.class)
    void acceptsACustomerCountConvertedAtTheClientRate(Protocol p) {
        // 100 ops/s: 80 customers after 8 warm-up ones are 800 ms after 80 ms
        var m = model(p);
        assertEquals(m.run(RunLength.time(80, 800), 2, 0), m.run(RunLength.customers(8, 80), 2, 0));
    }
}
